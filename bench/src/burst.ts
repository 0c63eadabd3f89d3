import { type ExamFixture } from "./fixtures";
import { type HttpClient } from "./http";
import { log } from "./log";
import { responsesFromView, type AttemptView } from "./responses";
import { percentile, sleep, summarize, uniform, type Summary } from "./stats";
import { mutation, query, type Call } from "./trpc";

export type BurstPlan = {
  /** Every student starts within this many seconds of the release. */
  releaseSec: number;
  /** Think time before each answer, early finishers and last-minute submitters (ms, uniform). */
  thinkEarlyMs: [number, number];
  thinkLateMs: [number, number];
  /** Last-minute submitters submit in this many seconds before their deadline (at least 5 s before). */
  lastWindowSec: number;
};

export type BurstResult = {
  students: number;
  start: Summary;
  save: Summary;
  submit: Summary;
  errors: number;
  errorSamples: string[];
  /** Saves per second over the window in which saves ran (offered load, set by the think times). */
  saveRate: number;
  durationSec: number;
  startedAttempts: number;
  /** Saves per 5-second window of the burst: how many, and their p95 (ms). */
  saveTimeline: { fromSec: number; n: number; p95: number | null }[];
};

/**
 * The assigned quiz's start: the assignment procedure, as a student's "Start" button calls it.
 * (Swap here if the entry point changes.)
 */
export async function startExamAttempt(http: HttpClient, cookie: string, assignmentId: string) {
  return mutation<{ id: string; resumed: boolean }>(http, "assignment.start", { assignmentId }, cookie);
}

/**
 * The exam burst: each simulated student (own session) is released at a random moment within
 * `releaseSec`, starts the attempt, saves every item after a random think time, then submits:
 * half as soon as they are done, half in the last minute before their deadline. All students run
 * concurrently on the pool's connections; every request is timed.
 */
export async function runBurst(
  http: HttpClient,
  cookies: readonly string[],
  exam: ExamFixture,
  plan: BurstPlan,
): Promise<BurstResult> {
  const latencies = {
    start: [] as number[],
    view: [] as number[],
    save: [] as number[],
    submit: [] as number[],
  };
  const errorSamples: string[] = [];
  let errors = 0;
  let startedAttempts = 0;
  const saveTimes: number[] = [];
  const saveSamples: [number, number][] = []; // [sent at, ms]
  const failed = (what: string, call: Call) => {
    errors += 1;
    if (errorSamples.length < 10) errorSamples.push(`${what}: ${call.error ?? call.status}`);
  };

  // A client retries a failed request, as the app's save queue does; each failure is still counted.
  async function withRetry<T>(what: string, kind: keyof typeof latencies, call: () => Promise<Call<T>>) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const res = await call();
      latencies[kind].push(res.ms);
      if (res.ok) return res;
      failed(what, res);
      await sleep(1000);
    }
    return null;
  }

  const t0 = Date.now();
  const student = async (cookie: string, index: number) => {
    await sleep(uniform(0, plan.releaseSec * 1000));
    const startedAt = Date.now();
    const started = await withRetry("start", "start", () =>
      startExamAttempt(http, cookie, exam.assignmentId),
    );
    if (!started) return;
    startedAttempts += 1;
    const attemptId = started.data!.id;
    // The page the student then sees (not timed): answers use its per-attempt choice ids.
    const view = await withRetry("view", "view", () =>
      query<AttemptView>(http, "attempt.get", { attemptId }, cookie),
    );
    if (!view) return;
    const responses = responsesFromView(view.data!);
    const lastMinute = index % 2 === 1;
    const think = lastMinute ? plan.thinkLateMs : plan.thinkEarlyMs;
    const order = [...exam.itemIds].sort(() => Math.random() - 0.5);
    for (const itemId of order) {
      await sleep(uniform(think[0], think[1]));
      const response = responses.get(itemId)!;
      const sentAt = Date.now();
      saveTimes.push(sentAt);
      await withRetry("save", "save", async () => {
        const res = await mutation(
          http,
          "attempt.save",
          { attemptId, itemId, response, revision: 1 },
          cookie,
        );
        saveSamples.push([sentAt - t0, res.ms]);
        return res;
      });
    }
    if (lastMinute) {
      const deadline = startedAt + exam.timeLimitSec * 1000;
      await sleep(deadline - uniform(5_000, plan.lastWindowSec * 1000) - Date.now());
    }
    await withRetry("submit", "submit", () => mutation(http, "attempt.submit", { attemptId }, cookie));
  };

  log(`burst: ${cookies.length} students released within ${plan.releaseSec}s`);
  const progress = setInterval(
    () =>
      log(
        `burst: ${latencies.start.length} starts, ${latencies.save.length} saves, ${latencies.submit.length} submits, ${errors} errors`,
      ),
    15_000,
  );
  try {
    await Promise.all(cookies.map((c, i) => student(c, i)));
  } finally {
    clearInterval(progress);
  }
  const buckets = new Map<number, number[]>();
  for (const [at, latency] of saveSamples) {
    const from = Math.floor(at / 5000) * 5;
    buckets.set(from, [...(buckets.get(from) ?? []), latency]);
  }
  const saveTimeline = [...buckets]
    .sort((a, b) => a[0] - b[0])
    .map(([fromSec, l]) => ({ fromSec, n: l.length, p95: percentile(l, 95) }));
  const window = saveTimes.length ? (Math.max(...saveTimes) - Math.min(...saveTimes)) / 1000 : 0;
  return {
    students: cookies.length,
    start: summarize(latencies.start),
    save: summarize(latencies.save),
    submit: summarize(latencies.submit),
    errors,
    errorSamples,
    saveRate: window > 0 ? saveTimes.length / window : 0,
    durationSec: (Date.now() - t0) / 1000,
    startedAttempts,
    saveTimeline,
  };
}
