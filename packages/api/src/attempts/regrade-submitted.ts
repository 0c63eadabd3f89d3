import { isPending } from "@dc/content";
import { adjustmentMap, keyRuleOf, type TAdjustment } from "./grade";
import { scoreStored } from "./score-response";
import { settleGrades } from "./settle-grades";
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
 * answers are rescored under its keys now, then each attempt re-totalled under all the assignment's
 * adjustments (`settleGrades`). Runs in the caller's transaction, which holds the Assignment row
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
      answers: { where: { itemId }, select: { response: true, score: true, correct: true } },
    },
  });
  const rule = keyRuleOf(adjustmentMap(adjustmentRows).get(itemId));

  // The item's answers, rescored under its keys now (they change only with ACCEPT_ANSWER or its revert).
  // A written answer scores PENDING from its response alone: once a teacher graded it, its grade stands.
  const rescored: { attemptId: string; score: number; correct: boolean }[] = [];
  for (const attempt of attempts) {
    const answer = attempt.answers[0];
    if (!answer) continue;
    const result = scoreStored(itemId, answer.response, rule);
    if (!isPending(result) && (result.score !== answer.score || result.correct !== answer.correct)) {
      rescored.push({ attemptId: attempt.id, ...result });
    }
  }
  if (rescored.length) {
    await tx.$executeRaw`
      UPDATE "Answer" AS a SET score = v.score, correct = v.correct
      FROM unnest(${rescored.map((r) => r.attemptId)}::text[], ${rescored.map((r) => r.score)}::float8[],
        ${rescored.map((r) => r.correct)}::bool[]) AS v("attemptId", score, correct)
      WHERE a."attemptId" = v."attemptId" AND a."itemId" = ${itemId}`;
  }
  const changes = await settleGrades(
    tx,
    assignmentId,
    attempts.map((a) => a.id),
  );
  return { attemptsRegraded: attempts.length, changes };
}
