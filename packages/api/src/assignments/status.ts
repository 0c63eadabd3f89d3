import { fractionOf, roundPoints } from "../attempts/grade";
import { GRACE_MS, isExpired } from "../attempts/policy";

/** What the student list and the gradebook show for one student and one assignment. */
export type TAssignmentStatus = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "LATE" | "MISSED";

export type TAttemptFacts = {
  id: string;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: Date;
  submittedAt: Date | null;
  deadline: Date | null;
  autoSubmitted: boolean;
  score: number | null;
  maxScore: number | null;
};

/**
 * When the student stopped working. A timer-submitted attempt stopped at its deadline, even when the
 * server only noticed later (an attempt left open is finalised when it is next read).
 */
export function finishedAt(a: TAttemptFacts): Date | null {
  if (!a.submittedAt) return null;
  if (a.autoSubmitted && a.deadline && a.deadline < a.submittedAt) return a.deadline;
  return a.submittedAt;
}

/**
 * Late: started after the due time, or finished after it. Once started before the due time, a timed
 * attempt's own time limit governs: finishing by its deadline is on time even past the due time.
 * The same grace as for saves (GRACE_MS) covers the network.
 */
export function isLate(a: TAttemptFacts, dueAt: Date): boolean {
  if (a.startedAt > dueAt) return true;
  const end = finishedAt(a);
  if (!end) return false;
  const allowedEnd = a.deadline && a.deadline > dueAt ? a.deadline : dueAt;
  return end.getTime() > allowedEnd.getTime() + GRACE_MS;
}

export const percentOf = (a: Pick<TAttemptFacts, "score" | "maxScore">) => {
  const f = fractionOf(a.score, a.maxScore);
  return f === null ? null : f * 100;
};

/**
 * The attempt that counts for the grade: the best submitted one (highest percent; of equals, the
 * earliest), so a further attempt can only help.
 */
export function countedAttempt<T extends TAttemptFacts>(attempts: readonly T[]): T | null {
  let best: T | null = null;
  for (const a of attempts) {
    if (a.status !== "SUBMITTED") continue;
    if (!best) {
      best = a;
      continue;
    }
    // Rounded as stored scores are, so scores stored before rounding still tie when equal.
    const [p, q] = [roundPoints(percentOf(a) ?? -1), roundPoints(percentOf(best) ?? -1)];
    if (p > q || (p === q && (a.submittedAt?.getTime() ?? 0) < (best.submittedAt?.getTime() ?? 0))) best = a;
  }
  return best;
}

/** An attempt the student can still work in (open, and its time not run out). */
export const openAttemptOf = <T extends TAttemptFacts>(attempts: readonly T[], now: Date) =>
  attempts.find((a) => a.status === "IN_PROGRESS" && !isExpired(a, now)) ?? null;

/**
 * In progress while an attempt is open; otherwise submitted or late by the counted attempt; missed
 * when the due time has passed with nothing submitted; else not started.
 */
export function assignmentStatus<T extends TAttemptFacts>(attempts: readonly T[], dueAt: Date, now: Date) {
  const counted = countedAttempt(attempts);
  const open = openAttemptOf(attempts, now);
  let status: TAssignmentStatus;
  if (open) status = "IN_PROGRESS";
  else if (counted) status = isLate(counted, dueAt) ? "LATE" : "SUBMITTED";
  else if (now > dueAt) status = "MISSED";
  else status = "NOT_STARTED";
  return { status, counted, open };
}
