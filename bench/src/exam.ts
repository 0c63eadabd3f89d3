import { type TPublicItem, type TResponse } from "@dc/content";
import { startExamAttempt, type BurstPlan } from "./burst";
import { type HttpClient } from "./http";
import { log } from "./log";
import { responseFromView, type AttemptView } from "./responses";
import { sleep, summarize, uniform, type Summary } from "./stats";
import { mutation, query, type Call } from "./trpc";

/** The app's save queue retries every 4 s while anything is unsaved (apps/web use-answer-sync.ts, RETRY_MS). */
export const CLIENT_RETRY_MS = 4000;
/** A student who sees an error on Start or Submit tries again after a few seconds, for this long at most. */
const GIVE_UP_MS = 120_000;
/** After an answer, the chance that the student goes back and changes an earlier one (a newer revision). */
const CHANGE_MIND = 0.1;

export type ExamPlan = BurstPlan & { timeLimitSec: number };

/** A fault injected while the students work: when it began and how long its outage was meant to last. */
export type FaultEvent = { name: string; at: number; nominalMs: number; endedAt: number };
export type ScheduledFault = {
  name: string;
  /** When, as a fraction of the exam's span (release window plus time limit). */
  atFraction: number;
  nominalMs: number;
  inject: () => Promise<void>;
};

type Kind = "start" | "save" | "submit";
export type Failure = {
  kind: Kind;
  sentAt: number;
  endAt: number;
  status: number;
  error: string;
  code?: string;
};

export type ExamRun = {
  students: number;
  t0: number;
  start: Summary;
  save: Summary;
  submit: Summary;
  failures: Failure[];
  /** When each successful request ended (for the recovery times). */
  successEnds: number[];
  /** The prober's requests (one every 250 ms, not students': not in the latencies or errors), for the recovery times. */
  probes: { sentAt: number; endAt: number; ok: boolean }[];
  /** Requests answered 429: honest students must never be throttled. */
  throttled: number;
  /**
   * Saves answered with a tRPC INTERNAL_SERVER_ERROR (the database away). The app's save queue
   * today treats those as a refusal of that one answer and does not resend it; the bench resends
   * them (as the queue does for network errors) and counts them here.
   */
  serverErrorSaves: number;
  /** Per attempt, per item: the revision and response the student last gave. */
  lastGiven: Map<string, Map<string, { revision: number; response: TResponse }>>;
  attemptIds: string[];
  submitted: number;
  /** Students who never got their attempt open, or gave up submitting. */
  gaveUp: number;
  faults: FaultEvent[];
  spanSec: number;
  durationSec: number;
};

const isStop = (call: Call) => call.error === "ATTEMPT_EXPIRED" || call.error === "ATTEMPT_SUBMITTED";
/** No tRPC answer (connection cut, proxy without an instance) or the server failed: worth sending again. */
const isRetryable = (call: Call) =>
  call.code === undefined ||
  call.code === "INTERNAL_SERVER_ERROR" ||
  call.status === 429 ||
  call.status >= 500;

/**
 * A whole school's exam: every student (own session, own client and loopback address) is released
 * within `releaseSec`, opens the attempt (start, then the attempt's public view, which the answers
 * are built from), answers every item after a think time, now and then changes an earlier answer,
 * and submits (half at once, half in the last minute before the deadline). Saves go through a
 * queue that behaves as the app's: each answer gets the next revision, sends run one at a time,
 * and a failed send is retried every 4 s while the student works on. Faults are injected at their
 * fractions of the exam's span.
 */
export async function runExam(
  clients: readonly HttpClient[],
  cookies: readonly string[],
  assignmentId: string,
  plan: ExamPlan,
  faults: readonly ScheduledFault[] = [],
  label = "exam",
  /** A cheap request that reads the database through the proxy, sent every 250 ms while the students work. */
  probe?: () => Promise<Call>,
): Promise<ExamRun> {
  const latencies: Record<Kind, number[]> = { start: [], save: [], submit: [] };
  const failures: Failure[] = [];
  const successEnds: number[] = [];
  const lastGiven = new Map<string, Map<string, { revision: number; response: TResponse }>>();
  const attemptIds: string[] = [];
  let throttled = 0;
  let serverErrorSaves = 0;
  let submitted = 0;
  let gaveUp = 0;
  const t0 = Date.now();

  /** Times a request and records its outcome. */
  async function timed<T>(kind: Kind, send: () => Promise<Call<T>>) {
    const sentAt = Date.now();
    const call = await send();
    if (call.ok) {
      if (kind !== "start") latencies[kind].push(call.ms); // a start is timed whole, in openAttempt
      successEnds.push(Date.now());
    } else {
      failures.push({
        kind,
        sentAt,
        endAt: Date.now(),
        status: call.status,
        error: call.error ?? "",
        code: call.code,
      });
      if (call.status === 429) throttled += 1;
    }
    return call;
  }

  /** Start or Submit: pressed again after a few seconds while the answer is an error worth retrying. */
  async function persist<T>(kind: Kind, send: () => Promise<Call<T>>) {
    const until = Date.now() + GIVE_UP_MS;
    for (;;) {
      const call = await timed(kind, send);
      if (call.ok || !isRetryable(call) || Date.now() > until) return call;
      await sleep(CLIENT_RETRY_MS);
    }
  }

  async function openAttempt(http: HttpClient, cookie: string) {
    const sentAt = Date.now();
    const started = await persist("start", () => startExamAttempt(http, cookie, assignmentId));
    if (!started.ok) return null;
    // If the start answers with the attempt's view, that is used; otherwise the page's own query.
    const data = started.data as unknown as Partial<AttemptView> & { id: string };
    let view: AttemptView | null = data.items ? (data as AttemptView) : null;
    if (!view) {
      const got = await persist("start", () =>
        query<AttemptView>(http, "attempt.get", { attemptId: data.id }, cookie),
      );
      view = got.ok ? got.data! : null;
    }
    // What the student waited for, from pressing Start to seeing the questions (retries included).
    if (view) latencies.start.push(Date.now() - sentAt);
    return view;
  }

  const student = async (index: number) => {
    const http = clients[index]!;
    const cookie = cookies[index]!;
    await sleep(uniform(0, plan.releaseSec * 1000));
    const startedAt = Date.now();
    const view = await openAttempt(http, cookie);
    if (!view) {
      gaveUp += 1;
      return;
    }
    const attemptId = view.id;
    attemptIds.push(attemptId);
    const given = new Map<string, { revision: number; response: TResponse }>();
    lastGiven.set(attemptId, given);

    // The save queue: the newest revision of each item, sent one at a time.
    const queue = new Map<
      string,
      { revision: number; response: TResponse; state: "pending" | "sending" | "saved" }
    >();
    let stopped = false;
    let flushing: Promise<void> | null = null;
    const sendAll = async () => {
      for (const [itemId, entry] of queue) {
        if (entry.state !== "pending" || stopped) continue;
        const { revision, response } = entry;
        entry.state = "sending";
        const res = await timed("save", () =>
          mutation(http, "attempt.save", { attemptId, itemId, response, revision }, cookie),
        );
        const current = queue.get(itemId)!;
        if (res.ok) {
          if (current.revision === revision) current.state = "saved";
          continue;
        }
        if (current.revision === revision) current.state = "pending";
        if (isStop(res)) {
          stopped = true;
          return;
        }
        if (res.code === "INTERNAL_SERVER_ERROR") serverErrorSaves += 1;
        if (isRetryable(res)) return; // offline: the retry timer sends the queue again
        if (current.revision === revision) current.state = "saved"; // refused for this item only
      }
    };
    const flush = async () => {
      while (flushing) await flushing;
      flushing = sendAll().finally(() => (flushing = null));
      await flushing;
    };
    const unsaved = () => [...queue.values()].some((e) => e.state !== "saved");
    const retry = setInterval(() => {
      if (unsaved() && !stopped) void flush();
    }, CLIENT_RETRY_MS);
    const give = (item: TPublicItem) => {
      const response = responseFromView(item);
      const revision = (queue.get(item.id)?.revision ?? 0) + 1;
      queue.set(item.id, { revision, response, state: "pending" });
      given.set(item.id, { revision, response });
      void flush();
    };

    try {
      const lastMinute = index % 2 === 1;
      const think = lastMinute ? plan.thinkLateMs : plan.thinkEarlyMs;
      const items = view.items.map((e) => e.item);
      for (const [i, item] of items.entries()) {
        await sleep(uniform(think[0], think[1]));
        if (stopped) break;
        give(item);
        if (i > 0 && Math.random() < CHANGE_MIND) {
          await sleep(uniform(think[0], think[1]) / 2);
          give(items[Math.floor(Math.random() * i)]!);
        }
      }
      if (lastMinute) {
        const deadline = startedAt + plan.timeLimitSec * 1000;
        await sleep(deadline - uniform(5_000, plan.lastWindowSec * 1000) - Date.now());
      }
      // As the app's Submit button: send what is queued, then submit (pressed again after an error).
      const until = Date.now() + GIVE_UP_MS;
      for (;;) {
        await flush();
        const res = await timed("submit", () => mutation(http, "attempt.submit", { attemptId }, cookie));
        if (res.ok) {
          submitted += 1;
          break;
        }
        if (!isRetryable(res) || Date.now() > until) {
          gaveUp += 1;
          break;
        }
        await sleep(CLIENT_RETRY_MS);
      }
    } finally {
      clearInterval(retry);
    }
  };

  const probes: ExamRun["probes"] = [];
  const spanMs = (plan.releaseSec + plan.timeLimitSec) * 1000;
  const events: FaultEvent[] = [];
  const injected = faults.map(async (fault) => {
    await sleep(t0 + fault.atFraction * spanMs - Date.now());
    const at = Date.now();
    log(`${label}: fault ${fault.name} at ${((at - t0) / 1000).toFixed(1)} s`);
    await fault.inject();
    events.push({ name: fault.name, at, nominalMs: fault.nominalMs, endedAt: Date.now() });
    log(`${label}: fault ${fault.name} over after ${((Date.now() - at) / 1000).toFixed(1)} s`);
  });

  log(`${label}: ${clients.length} students released within ${plan.releaseSec} s`);
  const progress = setInterval(
    () =>
      log(
        `${label}: ${latencies.start.length} open, ${latencies.save.length} saves, ${submitted} submitted, ${failures.length} failed requests`,
      ),
    15_000,
  );
  try {
    let done = false;
    const probing = (async () => {
      while (probe && !done) {
        const sentAt = Date.now();
        const res = await probe();
        probes.push({ sentAt, endAt: Date.now(), ok: res.ok });
        await sleep(250);
      }
    })();
    await Promise.all([...clients.map((_, i) => student(i)), ...injected]);
    done = true;
    await probing;
  } finally {
    clearInterval(progress);
  }
  return {
    students: clients.length,
    t0,
    start: summarize(latencies.start),
    save: summarize(latencies.save),
    submit: summarize(latencies.submit),
    failures,
    successEnds,
    probes,
    throttled,
    serverErrorSaves,
    lastGiven,
    attemptIds,
    submitted,
    gaveUp,
    faults: events.sort((a, b) => a.at - b.at),
    spanSec: spanMs / 1000,
    durationSec: (Date.now() - t0) / 1000,
  };
}

/** A fault's window: from its start to the end of its outage plus the time it is given to recover. */
export const RECOVERY_GOAL_MS = 10_000;
const inWindow = (f: Failure, e: FaultEvent) => f.sentAt >= e.at && f.sentAt <= e.endedAt + RECOVERY_GOAL_MS;

/** Failed requests sent outside every fault's window. */
export function errorsOutsideFaults(run: ExamRun) {
  return run.failures.filter((f) => !run.faults.some((e) => inWindow(f, e)));
}

/**
 * Seconds from each fault's start until requests succeed again: the end of the last request (a
 * student's or the prober's) that failed after it (before the next fault), or, when none failed,
 * the first success after its outage.
 */
export function recoverySeconds(run: ExamRun): Record<string, number> {
  const successesAfter = (t: number) => {
    const after = [...run.successEnds, ...run.probes.filter((p) => p.ok).map((p) => p.endAt)].filter(
      (s) => s >= t,
    );
    return after.length ? Math.min(...after) : null;
  };
  return Object.fromEntries(
    run.faults.map((e, i) => {
      const next = run.faults[i + 1]?.at ?? Infinity;
      const failed = [...run.failures, ...run.probes.filter((p) => !p.ok)].filter(
        (f) => f.sentAt >= e.at && f.sentAt < next,
      );
      const end = failed.length
        ? Math.max(...failed.map((f) => f.endAt))
        : (successesAfter(e.at + e.nominalMs) ?? e.endedAt);
      return [e.name, Math.round((end - e.at) / 100) / 10];
    }),
  );
}
