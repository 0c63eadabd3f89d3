import { performance } from "node:perf_hooks";
import { checkSession, createSession } from "@dc/api";
import { createDb } from "@dc/db";
import { loopbackAddress } from "./addresses";
import { cpuSnapshot, cpuUsedBetween } from "./cpu";
import { startExamAttempt } from "./burst";
import { type ExamFixture } from "./fixtures";
import { HttpClient } from "./http";
import { log } from "./log";
import { responsesFromView, type AttemptView } from "./responses";
import { countStatements, installSqlCounter } from "./sql-counter";
import { sleep, summarize, uniform, type Summary } from "./stats";
import { mutation, query } from "./trpc";

export type AttackResult = {
  tries: number;
  /** Passwords the server actually checked (answered 401): each try refused with 429 was not. */
  checked: number;
  refused: number;
  otherAnswers: number;
  attackSec: number;
  /** Other students' saves just before the attack, and while it ran. */
  saveBefore: Summary;
  saveDuring: Summary;
  saveErrors: number;
  /**
   * The web server's CPU milliseconds per try while the attack ran (its process group, from /proc;
   * the honest saves of those seconds included, so an upper bound): what a refused try costs.
   */
  serverCpuMsPerTry: number | null;
};

const ATTACK_CONCURRENCY = 16;
/** Tries per attacking address: spread wide, so the per-account limit (not the per-address one) must hold. */
const TRIES_PER_ADDRESS = 10;
const BEFORE_MS = 8_000;

/**
 * A password-guessing attack on one account while other students keep working: `tries` wrong
 * passwords through next-auth's credentials callback (as the sign-in form posts them), from many
 * loopback addresses, 16 at a time; meanwhile honest students save answers every 0.3–0.7 s. Reports
 * how many passwords the server checked (the rest were refused before argon2 ran) and the honest
 * saves' latency before and during the attack.
 */
export async function signInAttack(opts: {
  origin: string;
  http: HttpClient;
  victimEmail: string;
  honestCookies: readonly string[];
  exam: ExamFixture;
  tries: number;
  /** The web server's process group, for its CPU time during the attack. */
  serverGroup?: number;
}): Promise<AttackResult> {
  const views: { cookie: string; view: AttemptView }[] = [];
  for (const cookie of opts.honestCookies) {
    const started = await startExamAttempt(opts.http, cookie, opts.exam.assignmentId);
    if (!started.ok) throw new Error(`attack: could not start the honest students' exam: ${started.error}`);
    const view = await query<AttemptView>(opts.http, "attempt.get", { attemptId: started.data!.id }, cookie);
    if (!view.ok) throw new Error(`attack: could not open the exam: ${view.error}`);
    views.push({ cookie, view: view.data! });
  }

  let phase: "before" | "during" | "done" = "before";
  const phaseNow = () => phase; // read afresh after each await (TypeScript would keep the loop's narrowing)
  const saves = { before: [] as number[], during: [] as number[] };
  let saveErrors = 0;
  const honest = async ({ cookie, view }: (typeof views)[number]) => {
    const responses = [...responsesFromView(view)];
    for (let revision = 1; phaseNow() !== "done"; revision++) {
      await sleep(uniform(300, 700));
      const [itemId, response] = responses[revision % responses.length]!;
      const at = phaseNow();
      const res = await mutation(
        opts.http,
        "attempt.save",
        { attemptId: view.id, itemId, response, revision },
        cookie,
      );
      if (!res.ok) saveErrors += 1;
      else if (at !== "done") saves[at].push(res.ms);
    }
  };
  const working = Promise.all(views.map(honest));
  await sleep(BEFORE_MS);

  log(`attack: ${opts.tries} wrong passwords for one account, ${ATTACK_CONCURRENCY} at a time`);
  phase = "during";
  const started = performance.now();
  const groups = opts.serverGroup === undefined ? [] : [opts.serverGroup];
  const cpuBefore = cpuSnapshot(groups, -1);
  const outcome = await guessPasswords(opts.origin, opts.victimEmail, opts.tries);
  const attackSec = (performance.now() - started) / 1000;
  const webCpuSec = cpuUsedBetween(cpuBefore, cpuSnapshot(groups, -1)).web;
  phase = "done";
  await working;
  return {
    tries: opts.tries,
    ...outcome,
    attackSec,
    saveBefore: summarize(saves.before),
    saveDuring: summarize(saves.during),
    saveErrors,
    serverCpuMsPerTry: groups.length ? Math.round((webCpuSec * 1000 * 100) / opts.tries) / 100 : null,
  };
}

async function guessPasswords(origin: string, email: string, tries: number) {
  const addresses = Math.ceil(tries / TRIES_PER_ADDRESS);
  const clients = Array.from(
    { length: addresses },
    (_, i) => new HttpClient(origin, 2, loopbackAddress(200 * 254 + i, 1)), // 127.0.201.x: apart from the students
  );
  const csrf = await clients[0]!.request("GET", "/api/auth/csrf");
  if (!csrf.ok) throw new Error(`attack: csrf HTTP ${csrf.status}`);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const cookie = csrf.setCookie.join("; ");
  let next = 0;
  const counts = { checked: 0, refused: 0, otherAnswers: 0 };
  const worker = async () => {
    while (next < tries) {
      const i = next++;
      const body = new URLSearchParams({ csrfToken, login: email, password: `guess-${i}-x`, json: "true" });
      const res = await clients[i % addresses]!.request("POST", "/api/auth/callback/credentials", {
        cookie,
        body: body.toString(),
        contentType: "application/x-www-form-urlencoded",
      });
      if (res.status === 429) counts.refused += 1;
      else if (res.status === 401) counts.checked += 1;
      else counts.otherAnswers += 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: ATTACK_CONCURRENCY }, worker));
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
  return counts;
}

export type SessionCheckCost = { p50_ms: number | null; p95_ms: number | null; statements: number };

/**
 * What the server-side session check adds to every request: `checkSession` (the one the web layer
 * runs) on a live session, timed in this process against the bench's database, and its statements.
 */
export async function sessionCheckCost(
  url: string,
  userEmail: string,
  samples = 500,
): Promise<SessionCheckCost> {
  installSqlCounter();
  const db = createDb(url);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email: userEmail }, select: { id: true } });
    const sid = await createSession(db, user.id);
    await checkSession(db, sid); // warm-up: connection and query plan
    const { statements } = await countStatements(() => checkSession(db, sid));
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t = performance.now();
      if (!(await checkSession(db, sid))) throw new Error("session check: a live session was refused");
      times.push(performance.now() - t);
    }
    const summary = summarize(times);
    return { p50_ms: summary.p50, p95_ms: summary.p95, statements };
  } finally {
    await db.$disconnect();
  }
}
