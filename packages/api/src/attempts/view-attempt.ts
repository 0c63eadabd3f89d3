import { getItem, revealFor, ZLessonId, type TLessonId } from "@dc/content";
import { type Db } from "@dc/db";
import { adjustmentMap, creditFor, gradeAttempt } from "./grade";
import { loadAttempt } from "./load-attempt";
import { checksEachAnswer, isExpired, revealsAfterSubmit, showsScore, GRACE_MS } from "./policy";
import { presentItem, responseToClient, revealToClient } from "./present-item";
import { releaseAttemptKeys } from "./release-keys";
import { parseStoredResponse } from "./stored-answer";
import { finalizeAttempt } from "./submit-attempt";
import { adjustedPointsOf, isPendingAnswer, withAdjustedPoints, writtenMarking } from "./written-view";

/**
 * What the learner's browser may know about an attempt. Keys and explanations appear only for
 * answers that are final and whose feedback is due; everything else is the public item.
 * Read-time guards, kept because correctness needs them here (the sweep does this for everyone else
 * within seconds): an attempt found open past its deadline is finalised first, from what was saved,
 * so its student sees it submitted and scored the moment the timer ends, never an open attempt that
 * refuses every save; and keys are recorded as released before this view shows them.
 */
export async function viewAttempt(db: Db, userId: string, attemptId: string, now = new Date()) {
  let attempt = await loadAttempt(db, userId, attemptId);
  if (attempt.status === "IN_PROGRESS" && isExpired(attempt, now)) {
    await finalizeAttempt(db, userId, attemptId, { auto: true, now });
    attempt = await loadAttempt(db, userId, attemptId);
  }
  const submitted = attempt.status === "SUBMITTED";
  const revealAll = submitted && revealsAfterSubmit(attempt.kind, attempt.assignment, now);
  if (revealAll && attempt.kind === "ASSIGNMENT" && !attempt.keysReleasedAt) {
    // Keys released after submission (AFTER_DUE, or a setting loosened): record it before showing them.
    await db.$transaction((tx) => releaseAttemptKeys(tx, attemptId, userId, now));
  }
  // Under a "never" (or not yet) score setting, the score and each item's right or wrong stay hidden.
  const scoreShown = submitted && showsScore(attempt.kind, attempt.assignment, now);
  const answers = new Map(attempt.answers.map((a) => [a.itemId, a]));
  const adjustments = adjustmentMap(attempt.assignment?.adjustments ?? []);
  const maxScore = attempt.maxScore ?? gradeAttempt(attempt.itemIds, () => 0, adjustments).maxScore;
  // Written answers waiting for their marking, and what the rest scored meanwhile ("7/8, 2 pending").
  const pendingIds = attempt.itemIds.filter((id) => isPendingAnswer(answers.get(id), adjustments.get(id)));
  const scoredPart = gradeAttempt(
    attempt.itemIds.filter((id) => !pendingIds.includes(id)),
    (id) => answers.get(id)?.score,
    adjustments,
  );
  return {
    id: attempt.id,
    kind: attempt.kind,
    lessonId: attempt.lessonId,
    assignmentId: attempt.assignmentId,
    assignmentTitle: attempt.assignment?.title ?? null,
    status: attempt.status,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    graceMs: GRACE_MS,
    submittedAt: attempt.submittedAt,
    autoSubmitted: attempt.autoSubmitted,
    serverNow: now,
    score: scoreShown ? attempt.score : null,
    scoreWithheld: submitted && !scoreShown,
    /** Points possible: the items, less any the teacher dropped from an assignment. */
    maxScore,
    feedbackWithheld: submitted && !revealAll,
    /** Answers that wait for a marking: the attempt's score is null until none is left. */
    pending: pendingIds.length,
    /** While some wait: the score of the others, out of their points (null while scores are withheld). */
    scoredPart: scoreShown && pendingIds.length > 0 && scoredPart.score !== null ? scoredPart : null,
    /** Practice and review check each answer as it is given (the player offers "check"). */
    checksEachAnswer: checksEachAnswer(attempt.kind),
    /** What "again" starts from the results of a lesson practice or quiz; null for other attempts. */
    again: againOf(attempt),
    items: attempt.itemIds.map((itemId) => {
      const item = getItem(itemId);
      if (!item) throw new Error(`attempt ${attempt.id} holds unknown item ${itemId}`);
      const answer = answers.get(itemId);
      const adjusted = adjustedPointsOf(attempt.assignment?.rubricAdjustments ?? [], itemId);
      const stored = answer ? parseStoredResponse(answer.response, item) : null;
      const final = Boolean(answer?.lockedAt) || submitted;
      const showKey = revealAll || (checksEachAnswer(attempt.kind) && Boolean(answer?.lockedAt));
      const pending = pendingIds.includes(itemId);
      const showResult = showKey && final && (scoreShown || !submitted) && !pending;
      return {
        item: presentItem(item, attempt.seed),
        answer: answer
          ? {
              response: stored && responseToClient(item, attempt.seed, stored),
              revision: answer.revision,
              savedAt: answer.updatedAt,
            }
          : null,
        final,
        result: showResult ? { score: answer?.score ?? 0, correct: answer?.correct ?? false } : null,
        reveal:
          showKey && final
            ? withAdjustedPoints(revealToClient(item, attempt.seed, revealFor(item)), adjusted)
            : null,
        /** A teacher's correction of this item in an assignment (the reason only once keys are shown). */
        adjustment: adjustmentView(adjustments.get(itemId), revealAll),
        /** What the item counts for in the score (null when dropped), shown with the key: it tells right from wrong. */
        credit: showResult ? creditFor(answer?.score, adjustments.get(itemId)) : null,
        /** A written item: pending or not, and its marking once the key may be shown (null for other types). */
        written: writtenMarking(
          item,
          answer,
          adjustments.get(itemId),
          adjusted,
          showKey && final && (scoreShown || !submitted),
        ),
      };
    }),
  };
}

function againOf(attempt: {
  kind: "PRACTICE" | "QUIZ" | "REVIEW" | "ASSIGNMENT";
  lessonId: number | null;
}): { kind: "PRACTICE" | "QUIZ"; lessonId: TLessonId } | null {
  const lessonId = ZLessonId.safeParse(attempt.lessonId);
  if (!lessonId.success || (attempt.kind !== "PRACTICE" && attempt.kind !== "QUIZ")) return null;
  return { kind: attempt.kind, lessonId: lessonId.data };
}

function adjustmentView(
  adjustment: { action: "FULL_CREDIT" | "DROP" | "ACCEPT_ANSWER"; reason?: string } | undefined,
  revealAll: boolean,
) {
  if (!adjustment) return null;
  return { action: adjustment.action, reason: revealAll ? (adjustment.reason ?? null) : null };
}

/** @public The attempt page's data, for the procedure's declared output. */
export type TAttemptView = Awaited<ReturnType<typeof viewAttempt>>;
