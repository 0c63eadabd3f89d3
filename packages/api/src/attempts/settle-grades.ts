import { PENDING } from "@dc/content";
import type { TRegradeChange } from "./regrade-submitted";
import { adjustmentMap, gradeAttempt, type TItemScore } from "./grade";
import { type Tx } from "./tx";

/**
 * Re-totals submitted attempts of an assignment after some of their answers were (re)scored: each
 * attempt's grade from its answers' scores (null ones pending) and the assignment's item adjustments,
 * written back where it moved. The caller holds the Assignment row and has written the answers.
 * Returns the changed grades that have a score (a still-pending one has nothing to log).
 */
export async function settleGrades(
  tx: Tx,
  assignmentId: string,
  attemptIds: readonly string[],
): Promise<TRegradeChange[]> {
  if (!attemptIds.length) return [];
  const [adjustments, attempts] = await Promise.all([
    tx.itemAdjustment.findMany({ where: { assignmentId } }),
    tx.attempt.findMany({
      where: { id: { in: [...attemptIds] }, assignmentId, status: "SUBMITTED" },
      select: {
        id: true,
        itemIds: true,
        score: true,
        maxScore: true,
        user: { select: { id: true, name: true, email: true } },
        answers: { select: { itemId: true, score: true } },
      },
    }),
  ]);
  const byItem = adjustmentMap(adjustments);
  const moved: { attemptId: string; score: number | null; maxScore: number }[] = [];
  const changes: TRegradeChange[] = [];
  for (const attempt of attempts) {
    const scores = new Map<string, TItemScore>(attempt.answers.map((a) => [a.itemId, a.score ?? PENDING]));
    const grade = gradeAttempt(attempt.itemIds, (id) => scores.get(id), byItem);
    if (grade.score === attempt.score && grade.maxScore === attempt.maxScore) continue;
    moved.push({ attemptId: attempt.id, score: grade.score, maxScore: grade.maxScore });
    if (grade.score === null) continue;
    changes.push({
      studentId: attempt.user.id,
      name: attempt.user.name,
      email: attempt.user.email,
      attemptId: attempt.id,
      oldScore: attempt.score ?? 0,
      oldMaxScore: attempt.maxScore ?? attempt.itemIds.length,
      newScore: grade.score,
      newMaxScore: grade.maxScore,
    });
  }
  if (moved.length) {
    await tx.$executeRaw`
      UPDATE "Attempt" AS t SET score = v.score, "maxScore" = v."maxScore"
      FROM unnest(${moved.map((g) => g.attemptId)}::text[], ${moved.map((g) => g.score)}::float8[],
        ${moved.map((g) => g.maxScore)}::float8[]) AS v(id, score, "maxScore")
      WHERE t.id = v.id`;
  }
  return changes;
}
