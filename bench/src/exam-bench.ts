import { randomBytes } from "node:crypto";
import { signIn } from "./auth";
import { startCluster, type Cluster } from "./cluster";
import { type ExamConfig } from "./config";
import { runExam, type ExamRun, type ScheduledFault } from "./exam";
import { checkExam, reviewReps } from "./exam-check";
import { examJson, examRunJson, examTable } from "./exam-report";
import { startExamAttempt } from "./burst";
import { cpuSnapshot, cpuUsedBetween, withEnded } from "./cpu";
import { readStatements, resetStatements } from "./db-stats";
import { addAssignment, BENCH_PASSWORD, createExam, type ExamFixture } from "./fixtures";
import { loopbackAddress } from "./addresses";
import { HttpClient } from "./http";
import { log } from "./log";
import { inParallel } from "./parallel";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { ms, summarize } from "./stats";
import { RoundRobinProxy } from "./proxy";
import { responsesFromView, type AttemptView } from "./responses";
import { measureRouteCosts } from "./route-costs";
import { buildWeb, startServer, type Server } from "./server";
import { mutation, query } from "./trpc";

/** Students whose start, view, saves and submit measure each route's cost before the exam. */
const ROUTE_COST_STUDENTS = 100;
/** Rounds of them, each on an assignment of its own; each route's figure is the median round's. */
const ROUTE_COST_ROUNDS = 3;

/** The instances' own times (as the proxy saw them) for the exam's routes: p50 and p95 per procedure. */
function upstreamSummary(times: Map<string, number[]>) {
  const routes = ["assignment.start", "attempt.save", "attempt.submit"] as const;
  return Object.fromEntries(
    routes.map((route) => {
      const s = summarize(times.get(route) ?? []);
      return [route, { p50: ms(s.p50), p95: ms(s.p95) }];
    }),
  );
}

/** Signs every student in through the proxy, each from their own client (and address), a few at a time. */
function signInStudents(clients: readonly HttpClient[], emails: readonly string[], parallel: number) {
  return inParallel(emails.length, parallel, async (i) => {
    const cookie = await signIn(clients[i]!, emails[i]!, BENCH_PASSWORD);
    if ((i + 1) % 250 === 0) log(`exam: ${i + 1} students signed in`);
    return cookie;
  });
}

/** Students who warm the instances up: enough that each runs its routes a few hundred times. */
const WARM_UP_STUDENTS = 40;

/**
 * Students open, answer in full and submit a practice assignment through the proxy (so on both
 * instances), a few at a time: each instance compiles its routes on first use and its JIT needs a
 * few hundred calls, so that neither meets the exam cold (not measured). Returns their attempts.
 */
async function warmUp(clients: readonly HttpClient[], cookies: readonly string[], exam: ExamFixture) {
  log(`exam: warming up both instances with ${clients.length} students (not measured)`);
  const attempt = async (i: number) => {
    const http = clients[i]!;
    const cookie = cookies[i]!;
    const started = await startExamAttempt(http, cookie, exam.assignmentId);
    if (!started.ok) throw new Error(`warm-up start failed: ${started.error}`);
    const attemptId = started.data!.id;
    const view = await query<AttemptView>(http, "attempt.get", { attemptId }, cookie);
    if (!view.ok) throw new Error(`warm-up view failed: ${view.error}`);
    for (const [itemId, response] of responsesFromView(view.data!)) {
      await mutation(http, "attempt.save", { attemptId, itemId, response, revision: 1 }, cookie);
    }
    await mutation(http, "attempt.submit", { attemptId }, cookie);
    return attemptId;
  };
  return inParallel(clients.length, 8, attempt);
}

/**
 * `pnpm bench --exam`: a whole school's exam on this machine. PostgreSQL is a cluster of the
 * bench's own; two web instances (the app's serve script) sit behind the bench's round-robin
 * proxy. First the baseline: the exam on one instance, no faults. Then the same exam (a second
 * assignment, same students and sessions) on both instances, with one instance killed at 40 %
 * and PostgreSQL restarted at 70 %. After each, every answer each student last gave is compared
 * with the database.
 */
export async function runExamBench(config: ExamConfig) {
  const t0 = Date.now();
  log(`exam: ${config.students} students, ${config.pace} pace; building the web app and starting PostgreSQL`);
  let cluster: Cluster | undefined;
  const servers: Server[] = [];
  const proxy = new RoundRobinProxy(config.ports.proxy);
  let clients: HttpClient[] = [];
  const cleanup = async () => {
    await Promise.allSettled(clients.map((c) => c.close()));
    await proxy.close().catch(() => undefined);
    await Promise.allSettled(servers.map((s) => s.stop()));
    await cluster?.stop();
    cluster = undefined;
  };
  process.on("SIGINT", () => void cleanup().finally(() => process.exit(130)));

  try {
    // Settled both ways, so that a failed build still stops the cluster that started beside it.
    const [built, started] = await Promise.allSettled([buildWeb(), startCluster(config.ports.postgres)]);
    if (started.status === "fulfilled") cluster = started.value;
    if (built.status === "rejected") throw built.reason;
    if (started.status === "rejected") throw started.reason;
    const buildSec = built.value;
    const db = started.value;
    const env = {
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: randomBytes(24).toString("base64url"),
      NEXTAUTH_URL: proxy.origin, // the site's address is the proxy's, as behind a school's load balancer
      ...config.trustProxyEnv,
    };
    // Settled both ways too: an instance that started is stopped at the end even if the other did not start.
    const instances = await Promise.allSettled(config.ports.web.map((port) => startServer({ port, env })));
    for (const i of instances) if (i.status === "fulfilled") servers.push(i.value);
    for (const i of instances) if (i.status === "rejected") throw i.reason;
    const [a, b] = servers as [Server, Server];
    await proxy.start();
    proxy.setUpstreams([a.origin, b.origin]);

    const fixture = await createExam(db.url, {
      tag: "exam",
      students: config.students,
      items: config.items,
      timeLimitSec: config.plan.timeLimitSec,
    });
    const baselineFixture = await addAssignment(db.url, fixture, "baseline", config.plan.timeLimitSec);
    clients = fixture.studentEmails.map(
      (_, i) => new HttpClient(proxy.origin, 2, loopbackAddress(i, config.studentsPerAddress)),
    );
    log(`exam: signing in ${config.students} students, ${config.signInParallel} at a time (not measured)`);
    const signInStarted = Date.now();
    const cookies = await signInStudents(clients, fixture.studentEmails, config.signInParallel);
    const signInSec = (Date.now() - signInStarted) / 1000;
    log(`exam: sign-in took ${signInSec.toFixed(0)} s`);

    // Each instance compiles its routes on first use: warm both up (not measured).
    const warmup = await addAssignment(db.url, fixture, "warmup", null);
    const warmAttempts = await warmUp(clients.slice(0, WARM_UP_STUDENTS), cookies, warmup);

    const groups = servers.map((s) => s.pid);
    // The prober: the first student's warm-up attempt, read through the proxy (a database read per request).
    const prober = new HttpClient(proxy.origin, 1, "127.0.0.2");
    const probe = () => query(prober, "attempt.get", { attemptId: warmAttempts[0]! }, cookies[0]!);

    const measure = async (label: string, assignmentId: string, faults: ScheduledFault[]) => {
      const url = cluster!.url;
      const before = await reviewReps(url, assignmentId);
      await resetStatements(url);
      const cpuBefore = cpuSnapshot(groups, cluster!.pid());
      proxy.takeUpstreamTimes();
      // How late the bench's own timers fire: its clients and the proxy share this one event loop.
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      // What the processes a fault ends (the killed instance, the restarted database's backends) used until then.
      let seen = cpuBefore;
      const watched = faults.map((f) => ({
        ...f,
        inject: () => {
          seen = withEnded(seen, cpuSnapshot(groups, cluster!.pid()));
          return f.inject();
        },
      }));
      const run: ExamRun = await runExam(clients, cookies, assignmentId, config.plan, watched, label, probe);
      const cpuAfter = withEnded(seen, cpuSnapshot(groups, cluster!.pid()));
      loopDelay.disable();
      const upstream = proxy.takeUpstreamTimes();
      const statements = await readStatements(url);
      const check = await checkExam(url, assignmentId, run, before);
      log(
        `${label}: ${run.failures.length} failed requests, ${check.answersStored}/${check.answersExpected} answers, ${check.lost} lost, ${check.doubleScored} double-scored`,
      );
      if (check.lostSamples.length) log(`${label}: lost, first few: ${check.lostSamples.join("; ")}`);
      const samples = run.failures
        .slice(0, 8)
        .map(
          (f) =>
            `${f.kind} +${((f.sentAt - run.t0) / 1000).toFixed(1)}s: ${f.status} ${f.error.slice(0, 100)}`,
        );
      if (samples.length) log(`${label}: failures, first few:\n  ${samples.join("\n  ")}`);
      const requests = run.successEnds.length + run.failures.length;
      const { machine, ...cpu } = cpuUsedBetween(cpuBefore, cpuAfter);
      return examRunJson(run, check, {
        requests,
        statements_per_request: Math.round((statements.statements / Math.max(1, requests)) * 10) / 10,
        db_exec_ms_per_request: Math.round((statements.exec_ms / Math.max(1, requests)) * 100) / 100,
        cpu_s: { ...cpu, wall: Math.round(run.durationSec) },
        machine,
        top_statements: statements.top,
        upstream_ms: upstreamSummary(upstream),
        bench_loop_delay_ms: {
          p50: ms(loopDelay.percentile(50) / 1e6),
          p99: ms(loopDelay.percentile(99) / 1e6),
          max: ms(loopDelay.max / 1e6),
        },
      });
    };

    // 0. What each route costs one instance, a few requests at a time (no contention).
    proxy.setUpstreams([a.origin]);
    const costStudents = Math.min(config.students, ROUTE_COST_STUDENTS);
    log(`exam: route costs on one instance, ${costStudents} students (not part of the exam's figures)`);
    const routeCosts = await measureRouteCosts({
      url: cluster!.url,
      clients: clients.slice(0, costStudents),
      cookies,
      assignmentIds: await Promise.all(
        Array.from({ length: ROUTE_COST_ROUNDS }, async (_, round) => {
          const added = await addAssignment(db.url, fixture, `costs-${round + 1}`, config.plan.timeLimitSec);
          return added.assignmentId;
        }),
      ),
      group: a.pid,
      postmaster: cluster!.pid(),
      saves: config.items,
    });

    // 1. The baseline: one instance, no faults.
    const exam = await measure("baseline", baselineFixture.assignmentId, []);

    // 2. Two instances, and the faults.
    proxy.setUpstreams([a.origin, b.origin]);
    const { faults: when } = config;
    const faults = await measure("faults", fixture.assignmentId, [
      {
        name: "instance_kill",
        atFraction: when.killInstanceAt,
        nominalMs: 0,
        inject: () => Promise.resolve(b.kill()),
      },
      {
        name: "db_restart",
        atFraction: when.restartDatabaseAt,
        nominalMs: when.databaseDownMs,
        inject: async () => {
          await cluster!.restart(when.databaseDownMs);
        },
      },
    ]);
    const errorLines = servers
      .flatMap((s) => s.output().split("\n"))
      .filter((l) => /failed:|Error/.test(l))
      .slice(-8);
    if (errorLines.length) log(`exam: server error lines (last 8):\n${errorLines.join("\n")}`);
    const proxyStats = { ...proxy.stats };
    await prober.close();
    await cleanup();

    const json = examJson({
      config,
      exam,
      faults,
      routeCosts,
      signInSec,
      buildSec,
      durationSec: (Date.now() - t0) / 1000,
      proxy: proxyStats,
    });
    process.stdout.write(`${examTable(json)}\n${JSON.stringify(json)}\n`);
  } catch (error) {
    for (const s of servers) log(`server output (last lines):\n${s.output().slice(-2000)}`);
    await cleanup().catch(() => undefined);
    throw error;
  }
}
