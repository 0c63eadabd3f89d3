/** Saves arriving this long after the deadline still count: the network, not the learner, was late. */
export const GRACE_MS = 15_000;
export const TIMED_QUIZ_MS = 10 * 60_000;

type Timed = { deadline: Date | null };

/** Past the deadline and its grace: no more saves; the attempt is finalised from what was saved. */
export const isExpired = (attempt: Timed, now: Date) =>
  attempt.deadline !== null && now.getTime() > attempt.deadline.getTime() + GRACE_MS;

export type FeedbackPolicy = "IMMEDIATE" | "AFTER_DUE" | "NEVER";

/**
 * Whether keys and explanations of a submitted attempt may be shown. Practice and review reveal each
 * item as it is checked (handled per answer); a lesson quiz reveals on submission; an assignment
 * follows its teacher's policy.
 */
export function revealsAfterSubmit(
  kind: "PRACTICE" | "QUIZ" | "REVIEW" | "ASSIGNMENT",
  assignment: { feedback: FeedbackPolicy; dueAt: Date } | null,
  now: Date,
) {
  if (kind !== "ASSIGNMENT") return true;
  if (!assignment) return false;
  if (assignment.feedback === "IMMEDIATE") return true;
  if (assignment.feedback === "AFTER_DUE") return now >= assignment.dueAt;
  return false;
}

/** Practice and review check each answer as it is given; quizzes score everything on submit. */
export const checksEachAnswer = (kind: string) => kind === "PRACTICE" || kind === "REVIEW";
