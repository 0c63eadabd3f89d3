import { isPending, PENDING } from "@dc/content";
import {
  adjustmentMap,
  gradeAttempt,
  itemScoreOf,
  keyRuleOf,
  type TAdjustment,
  type TItemScore,
} from "./grade";
import { scoreStored } from "./score-response";
import { type Tx } from "./tx";

export type TRegradeChange = {
  studentId: string;
  name: string;
  email: string | null;
  attemptId: string;
  oldScore: number;
  oldMaxScore: number;
  newScore: number;
  newMaxScore: number;
};

/**
 * A teacher's correction of one item, applied to every submitted attempt of the assignment: the item's
 * answers are rescored under its keys now, and each attempt's grade recomputed under all the
 * assignment's adjustments. Runs in the caller's transaction, which holds the Assignment row
 * FOR UPDATE (lock order 2) before these Attempt and Answer rows (3, 4). Returns how many submitted
 * attempts were looked at and the grades that moved (a pending grade moves without a logged change).
 */
export async function regradeSubmitted(
  tx: Tx,
  assignmentId: string,
  itemId: string,
  adjustmentRows: readonly TAdjustment[],
) {
  const attempts = await tx.attempt.findMany({
    where: { assignmentId: assignmentId, status: "SUBMITTED" },
    select: {
      id: true,
      itemIds: true,
      score: true,
      maxScore: true,
      user: { select: { id: true, name: true, email: true } },
      answers: { select: { itemId: true, response: true, score: true, correct: true } },
    },
  });
  const adjustments = adjustmentMap(adjustmentRows);
  const rule = keyRuleOf(adjustments.get(itemId));

  // The item's answers, rescored under its keys now (they change only with ACCEPT_ANSWER or its revert).
  const rescored: { attemptId: string; score: number; correct: boolean }[] = [];
  const changes: TRegradeChange[] = [];
  const grades: { attemptId: string; score: number | null; maxScore: number }[] = [];
  for (const attempt of attempts) {
    // A submitted attempt's answers are all scored, but for those waiting for a teacher (pending).
    const scores = new Map<string, TItemScore>(attempt.answers.map((a) => [a.itemId, a.score ?? PENDING]));
    const answer = attempt.answers.find((a) => a.itemId === itemId);
    if (answer) {
      const result = scoreStored(itemId, answer.response, rule);
      if (!isPending(result) && (result.score !== answer.score || result.correct !== answer.correct)) {
        rescored.push({ attemptId: attempt.id, ...result });
      }
      // A written answer scores PENDING from its response alone: once a teacher graded it, its grade stands.
      scores.set(itemId, isPending(result) ? (answer.score ?? PENDING) : itemScoreOf(result));
    }
    const grade = gradeAttempt(attempt.itemIds, (id) => scores.get(id), adjustments);
    const oldScore = attempt.score ?? 0;
    const oldMaxScore = attempt.maxScore ?? attempt.itemIds.length;
    if (grade.score === oldScore && grade.maxScore === oldMaxScore) continue;
    grades.push({ attemptId: attempt.id, ...grade });
    // A pending grade has no score to log yet: the teacher's grading of the rest logs it.
    if (grade.score === null) continue;
    changes.push({
      studentId: attempt.user.id,
      name: attempt.user.name,
      email: attempt.user.email,
      attemptId: attempt.id,
      oldScore,
      oldMaxScore,
      newScore: grade.score,
      newMaxScore: grade.maxScore,
    });
  }
  if (rescored.length) {
    await tx.$executeRaw`
      UPDATE "Answer" AS a SET score = v.score, correct = v.correct
      FROM unnest(${rescored.map((r) => r.attemptId)}::text[], ${rescored.map((r) => r.score)}::float8[],
        ${rescored.map((r) => r.correct)}::bool[]) AS v("attemptId", score, correct)
      WHERE a."attemptId" = v."attemptId" AND a."itemId" = ${itemId}`;
  }
  if (grades.length) {
    await tx.$executeRaw`
      UPDATE "Attempt" AS t SET score = v.score, "maxScore" = v."maxScore"
      FROM unnest(${grades.map((g) => g.attemptId)}::text[], ${grades.map((g) => g.score)}::float8[],
        ${grades.map((g) => g.maxScore)}::float8[]) AS v(id, score, "maxScore")
      WHERE t.id = v.id`;
  }
  return { attemptsRegraded: attempts.length, changes };
}
