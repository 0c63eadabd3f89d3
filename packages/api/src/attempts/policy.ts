/** Saves arriving this long after the deadline still count: the network, not the learner, was late. */
export const GRACE_MS = 15_000;
export const TIMED_QUIZ_MS = 10 * 60_000;

type Timed = { deadline: Date | null };

/** Past the deadline and its grace: no more saves; the attempt is finalised from what was saved. */
export const isExpired = (attempt: Timed, now: Date) =>
  attempt.deadline !== null && now.getTime() > attempt.deadline.getTime() + GRACE_MS;

export type FeedbackPolicy = "IMMEDIATE" | "AFTER_DUE" | "NEVER";

/** Whether a release setting (of keys, or of scores) has released by `now`. */
export function released(policy: FeedbackPolicy, dueAt: Date, now: Date) {
  if (policy === "IMMEDIATE") return true;
  if (policy === "AFTER_DUE") return now >= dueAt;
  return false;
}

/** An assignment's keys and explanations, for attempts that are submitted. */
export const keysReleased = (a: { feedback: FeedbackPolicy; dueAt: Date }, now: Date) =>
  released(a.feedback, a.dueAt, now);

/** An assignment's scores and per-item correctness, for attempts that are submitted. */
export const scoresReleased = (a: { scoreRelease: FeedbackPolicy; dueAt: Date }, now: Date) =>
  released(a.scoreRelease, a.dueAt, now);

/**
 * Whether keys and explanations of a submitted attempt may be shown. Practice and review reveal each
 * item as it is checked (handled per answer); a lesson quiz reveals on submission; an assignment
 * follows its teacher's key setting.
 */
export function revealsAfterSubmit(
  kind: "PRACTICE" | "QUIZ" | "REVIEW" | "ASSIGNMENT",
  assignment: { feedback: FeedbackPolicy; dueAt: Date } | null,
  now: Date,
) {
  if (kind !== "ASSIGNMENT") return true;
  return assignment ? keysReleased(assignment, now) : false;
}

/** Whether the score (and each item's right or wrong) of a submitted attempt may be shown. */
export function showsScore(
  kind: "PRACTICE" | "QUIZ" | "REVIEW" | "ASSIGNMENT",
  assignment: { scoreRelease: FeedbackPolicy; dueAt: Date } | null,
  now: Date,
) {
  if (kind !== "ASSIGNMENT") return true;
  return assignment ? scoresReleased(assignment, now) : false;
}

/** Practice and review check each answer as it is given; quizzes score everything on submit. */
export const checksEachAnswer = (kind: string) => kind === "PRACTICE" || kind === "REVIEW";
