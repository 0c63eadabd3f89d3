import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { getItem, type TResponse } from "@dc/content";
import pg from "pg";
import { startExamAttempt } from "./burst";
import { type ExamFixture } from "./fixtures";
import { HttpClient } from "./http";
import { log } from "./log";
import { randomResponse, responsesFromView, type AttemptView } from "./responses";
import { sleep, summarize, type Summary } from "./stats";
import { mutation, query } from "./trpc";

/** Requests in flight at once in the throughput runs: the app's save path and both baselines alike. */
export const CONCURRENCY = 16;

export type Throughput = { requests: number; perSecond: number; errors: number; latency: Summary };

/** Runs `jobs` with `concurrency` workers, each taking the next job when its last one is done. */
async function closedLoop(
  jobs: number,
  concurrency: number,
  job: (i: number) => Promise<{ ok: boolean; ms: number }>,
) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs) {
        const r = await job(next++);
        latencies.push(r.ms);
        if (!r.ok) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { requests: jobs, perSecond: jobs / seconds, errors, latency: summarize(latencies) };
}

/**
 * The app's save capacity: the burst's students each open a second (untimed) exam, then all their
 * saves (students × items) go through `attempt.save` over HTTP, `CONCURRENCY` at a time.
 */
export async function appSaveThroughput(http: HttpClient, cookies: readonly string[], exam: ExamFixture) {
  const attempts: string[] = [];
  const responses: Map<string, TResponse>[] = [];
  for (let i = 0; i < cookies.length; i += CONCURRENCY) {
    const batch = cookies.slice(i, i + CONCURRENCY);
    const started = await Promise.all(
      batch.map(async (c) => {
        const s = await startExamAttempt(http, c, exam.assignmentId);
        if (!s.ok) throw new Error(`could not start the throughput exam: ${s.error}`);
        const view = await query<AttemptView>(http, "attempt.get", { attemptId: s.data!.id }, c);
        if (!view.ok) throw new Error(`could not open the throughput exam: ${view.error}`);
        return view.data!;
      }),
    );
    for (const view of started) {
      attempts.push(view.id);
      responses.push(responsesFromView(view));
    }
  }
  const items = exam.itemIds.length;
  return closedLoop(cookies.length * items, CONCURRENCY, (i) => {
    const student = i % cookies.length; // interleaved, so concurrent saves belong to different students
    const itemId = exam.itemIds[Math.floor(i / cookies.length)]!;
    return mutation(
      http,
      "attempt.save",
      { attemptId: attempts[student]!, itemId, response: responses[student]!.get(itemId)!, revision: 1 },
      cookies[student]!,
    );
  });
}

/**
 * Plain `pg`: the same number of single-row upserts, with the app's own statement, into a copy of
 * the Answer table (same columns, key and defaults, no foreign key), over a pool of the app's size.
 */
export async function pgUpsertThroughput(url: string, upserts: number, items: readonly string[]) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  try {
    await pool.query(`DROP TABLE IF EXISTS bench_answer`);
    await pool.query(
      `CREATE TABLE bench_answer (LIKE "Answer" INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
    );
    const attempts = Math.ceil(upserts / items.length);
    return await closedLoop(upserts, CONCURRENCY, async (i) => {
      const itemId = items[Math.floor(i / attempts)]!;
      const started = performance.now();
      try {
        await pool.query(
          `INSERT INTO bench_answer ("attemptId", "itemId", response, revision, "updatedAt")
           VALUES ($1, $2, $3::jsonb, $4, $5)
           ON CONFLICT ("attemptId", "itemId") DO UPDATE
             SET response = EXCLUDED.response, revision = EXCLUDED.revision, "updatedAt" = EXCLUDED."updatedAt"
             WHERE bench_answer.revision < EXCLUDED.revision AND bench_answer."lockedAt" IS NULL`,
          [
            `attempt-${i % attempts}`,
            itemId,
            JSON.stringify(randomResponse(getItem(itemId)!)),
            1,
            new Date(),
          ],
        );
        return { ok: true, ms: performance.now() - started };
      } catch {
        return { ok: false, ms: performance.now() - started };
      }
    });
  } finally {
    await pool.query(`DROP TABLE IF EXISTS bench_answer`).catch(() => undefined);
    await pool.end();
  }
}

const BARE_SERVER = `
const http = require("node:http");
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const body = JSON.stringify({ ok: true, bytes: Buffer.concat(chunks).length, at: Date.now() });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60000;
server.listen(Number(process.argv[1]), "127.0.0.1", () => console.log("ready"));
`;

/**
 * A bare Node HTTP server (its own process, like the app) answering a trivial JSON request; the
 * same number of requests, with a save-sized body, through the same client.
 */
export async function bareHttpThroughput(port: number, requests: number): Promise<Throughput> {
  const child = spawn(process.execPath, ["-e", BARE_SERVER, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.once("data", () => resolve());
      child.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
    });
    const http = new HttpClient(`http://127.0.0.1:${port}`, CONCURRENCY);
    const body = JSON.stringify({
      json: {
        attemptId: "x".repeat(25),
        itemId: "l1-some-item",
        response: { type: "single", choice: "b" },
        revision: 1,
      },
    });
    try {
      return await closedLoop(requests, CONCURRENCY, (i) =>
        http.request("POST", `/save?i=${i}`, { body, cookie: "next-auth.session-token=x" }),
      );
    } finally {
      await http.close();
    }
  } finally {
    child.kill("SIGTERM");
    await sleep(100);
  }
}

export type BaselineFigures = { app: Throughput; pg: Throughput; http: Throughput };

/** The save path's throughput and its two baselines, back to back in the same run. */
export async function measureSaveThroughput(opts: {
  url: string;
  http: HttpClient;
  exam: ExamFixture;
  cookies: readonly string[];
  barePort: number;
}): Promise<BaselineFigures> {
  const saves = opts.cookies.length * opts.exam.itemIds.length;
  log(`throughput: ${saves} app saves, ${CONCURRENCY} at a time`);
  const app = await appSaveThroughput(opts.http, opts.cookies, opts.exam);
  log(`throughput: ${saves} plain pg upserts`);
  const pgFigures = await pgUpsertThroughput(opts.url, saves, opts.exam.itemIds);
  log(`throughput: ${saves} bare HTTP requests`);
  const http = await bareHttpThroughput(opts.barePort, saves);
  return { app, pg: pgFigures, http };
}
