/** Saves arriving this long after the deadline still count: the network, not the learner, was late. */
export const GRACE_MS = 15_000;
export const TIMED_QUIZ_MS = 10 * 60_000;

type Timed = { deadline: Date | null };

/** Past the deadline and its grace: no more saves; the attempt is finalised from what was saved. */
export const isExpired = (attempt: Timed, now: Date) =>
  attempt.deadline !== null && now.getTime() > attempt.deadline.getTime() + GRACE_MS;

export type FeedbackPolicy = "IMMEDIATE" | "AFTER_DUE" | "NEVER";

/**
 * Whether a release setting (of keys, or of scores) has released by `now`. `releasedAt` is the
 * teacher's "release now": from then on both are out, whatever the setting.
 */
export function released(policy: FeedbackPolicy, dueAt: Date, now: Date, releasedAt: Date | null = null) {
  if (releasedAt !== null && now >= releasedAt) return true;
  if (policy === "IMMEDIATE") return true;
  if (policy === "AFTER_DUE") return now >= dueAt;
  return false;
}

/** When the teacher released an assignment early; required so no caller forgets to read it. */
type Releasable = { dueAt: Date; releasedAt: Date | null };

/** An assignment's keys and explanations, for attempts that are submitted. */
export const keysReleased = (a: Releasable & { feedback: FeedbackPolicy }, now: Date) =>
  released(a.feedback, a.dueAt, now, a.releasedAt);

/** An assignment's scores and per-item correctness, for attempts that are submitted. */
export const scoresReleased = (a: Releasable & { scoreRelease: FeedbackPolicy }, now: Date) =>
  released(a.scoreRelease, a.dueAt, now, a.releasedAt);

/**
 * Whether keys and explanations of a submitted attempt may be shown. Practice and review reveal each
 * item as it is checked (handled per answer); a lesson quiz reveals on submission; an assignment
 * follows its teacher's key setting.
 */
export function revealsAfterSubmit(
  kind: "PRACTICE" | "QUIZ" | "REVIEW" | "ASSIGNMENT",
  assignment: (Releasable & { feedback: FeedbackPolicy }) | null,
  now: Date,
) {
  if (kind !== "ASSIGNMENT") return true;
  return assignment ? keysReleased(assignment, now) : false;
}

/** Whether the score (and each item's right or wrong) of a submitted attempt may be shown. */
export function showsScore(
  kind: "PRACTICE" | "QUIZ" | "REVIEW" | "ASSIGNMENT",
  assignment: (Releasable & { scoreRelease: FeedbackPolicy }) | null,
  now: Date,
) {
  if (kind !== "ASSIGNMENT") return true;
  return assignment ? scoresReleased(assignment, now) : false;
}

/** Practice and review check each answer as it is given; quizzes score everything on submit. */
export const checksEachAnswer = (kind: string) => kind === "PRACTICE" || kind === "REVIEW";
