/*
 * How a student's assignment shows in their list: the status badge, which group it belongs to, and
 * what the main button does.
 */

export type TStatus = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "LATE" | "MISSED";
export type TNext = "START" | "RESUME" | "NOT_OPEN" | "NO_ATTEMPTS_LEFT";

/** Colours with text at least 4.5:1 on their background; each status also has its own symbol. */
const BADGES: Record<TStatus, { className: string; symbol: string }> = {
  NOT_STARTED: { className: "border-stone-300 bg-stone-100 text-stone-800", symbol: "○" },
  IN_PROGRESS: { className: "border-sky-300 bg-sky-50 text-sky-900", symbol: "◐" },
  SUBMITTED: { className: "border-green-300 bg-green-50 text-ok", symbol: "✓" },
  LATE: { className: "border-amber-300 bg-amber-50 text-amber-900", symbol: "✓" },
  MISSED: { className: "border-red-300 bg-accent-soft text-accent-dark", symbol: "✕" },
};

export const statusBadge = (status: TStatus) => BADGES[status];

/** Work still to do (including missed work, which can still be handed in late) and work handed in. */
export function groupByStatus<T extends { status: TStatus }>(list: readonly T[]): { todo: T[]; done: T[] } {
  const done = (s: TStatus) => s === "SUBMITTED" || s === "LATE";
  return { todo: list.filter((a) => !done(a.status)), done: list.filter((a) => done(a.status)) };
}

export type TAction =
  | { kind: "START"; late: boolean }
  | { kind: "RETRY"; late: boolean }
  | { kind: "RESUME"; attemptId: string }
  | { kind: "NOT_OPEN" }
  | { kind: "NO_ATTEMPTS_LEFT" };

/**
 * The main button of an assignment. A start after the due time is allowed but counts as late, so
 * the button says so; a further attempt after a submitted one is a retry.
 */
export function actionFor(
  a: { next: TNext; openAttemptId: string | null; attemptsUsed: number; dueAt: Date },
  now: number,
): TAction {
  switch (a.next) {
    case "RESUME":
      return a.openAttemptId
        ? { kind: "RESUME", attemptId: a.openAttemptId }
        : { kind: "START", late: false };
    case "NOT_OPEN":
      return { kind: "NOT_OPEN" };
    case "NO_ATTEMPTS_LEFT":
      return { kind: "NO_ATTEMPTS_LEFT" };
    case "START": {
      const late = now > a.dueAt.getTime();
      return a.attemptsUsed > 0 ? { kind: "RETRY", late } : { kind: "START", late };
    }
  }
}

/** Whether the due time is past, within a day (worth a warning), or further away. */
export function dueUrgency(dueAt: Date, now: number): "PAST" | "SOON" | "LATER" {
  const left = dueAt.getTime() - now;
  if (left <= 0) return "PAST";
  return left <= 86_400_000 ? "SOON" : "LATER";
}
