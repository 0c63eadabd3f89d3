import { type Db } from "@dc/db";
import { recordForReview } from "../review/record-answers";
import { attemptNotFound } from "./errors";
import { adjustmentMap, gradeAttempt, keyRuleOf, type TAdjustment } from "./grade";
import { keysReleased, type FeedbackPolicy } from "./policy";
import { releaseAttemptKeys } from "./release-keys";
import { scoreStored } from "./score-response";

/**
 * Submits and scores an attempt exactly once: the status flip is a conditional UPDATE, so of two
 * simultaneous submissions (two tabs, a retry, the deadline sweep) only one scores; the others
 * find it submitted and return. Unanswered items score zero. An assignment's attempt is scored with
 * its teacher's item adjustments (accepted keys, full credit, dropped items).
 */
export async function finalizeAttempt(
  db: Db,
  userId: string,
  attemptId: string,
  opts: { auto: boolean; now?: Date },
): Promise<{ scoredNow: boolean }> {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    // A regrade holds its assignment's row exclusively while it rescores: take it shared first (the
    // same order as the regrade), so this scoring runs wholly before or wholly after any regrade.
    const [assignment] = await tx.$queryRaw<
      { feedback: FeedbackPolicy; dueAt: Date; releasedAt: Date | null }[]
    >`
      SELECT s.feedback::text AS feedback, s."dueAt", s."releasedAt" FROM "Assignment" s JOIN "Attempt" a ON a."assignmentId" = s.id
      WHERE a.id = ${attemptId} AND a."userId" = ${userId} FOR SHARE OF s`;
    const flipped = await tx.$queryRaw<{ itemIds: string[]; kind: string; assignmentId: string | null }[]>`
      UPDATE "Attempt" SET status = 'SUBMITTED', "submittedAt" = ${now}, "autoSubmitted" = ${opts.auto}
      WHERE id = ${attemptId} AND "userId" = ${userId} AND status = 'IN_PROGRESS'
      RETURNING "itemIds", kind::text, "assignmentId"`;
    const attempt = flipped[0];
    if (!attempt) {
      const exists = await tx.attempt.count({ where: { id: attemptId, userId } });
      if (!exists) throw attemptNotFound();
      return { scoredNow: false };
    }
    // One connection per transaction: queries in turn, not in parallel.
    const answers = await tx.answer.findMany({ where: { attemptId } });
    const adjustmentRows: TAdjustment[] = attempt.assignmentId
      ? await tx.itemAdjustment.findMany({ where: { assignmentId: attempt.assignmentId } })
      : [];
    const adjustments = adjustmentMap(adjustmentRows);
    const byItem = new Map(answers.map((a) => [a.itemId, a]));
    const fresh: { itemId: string; score: number; correct: boolean }[] = [];
    const scores = new Map<string, number>();
    for (const itemId of attempt.itemIds) {
      const answer = byItem.get(itemId);
      if (answer?.lockedAt && answer.score !== null) {
        scores.set(itemId, answer.score); // checked during practice: already final and already in review
        continue;
      }
      const result = answer
        ? scoreStored(itemId, answer.response, keyRuleOf(adjustments.get(itemId)))
        : { score: 0, correct: false };
      scores.set(itemId, result.score);
      fresh.push({ itemId, ...result });
    }
    const answered = fresh.filter((f) => byItem.has(f.itemId));
    if (answered.length) {
      await tx.$executeRaw`
        UPDATE "Answer" AS a SET score = v.score, correct = v.correct, "lockedAt" = ${now}
        FROM unnest(${answered.map((f) => f.itemId)}::text[], ${answered.map((f) => f.score)}::float8[],
          ${answered.map((f) => f.correct)}::bool[]) AS v("itemId", score, correct)
        WHERE a."attemptId" = ${attemptId} AND a."itemId" = v."itemId"`;
    }
    const grade = gradeAttempt(attempt.itemIds, (id) => scores.get(id), adjustments);
    await tx.attempt.update({
      where: { id: attemptId },
      data: { score: grade.score, maxScore: grade.maxScore },
    });
    if (attempt.kind === "ASSIGNMENT") {
      // An assignment's items go to review only with their keys (see release-keys.ts).
      if (assignment && keysReleased(assignment, now)) await releaseAttemptKeys(tx, attemptId, userId, now);
      return { scoredNow: true };
    }
    // Practice leaves unchecked items out of review; a quiz counts a skipped item as missed.
    const forReview = attempt.kind === "PRACTICE" || attempt.kind === "REVIEW" ? answered : fresh;
    await recordForReview(tx, userId, forReview, now);
    return { scoredNow: true };
  });
}
