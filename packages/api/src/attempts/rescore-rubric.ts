import { type Prisma } from "@dc/db";
import { rubricScore } from "@dc/content";
import { settleGrades } from "./settle-grades";
import { type Tx } from "./tx";

export type TRubricChange = {
  assignmentId: string;
  itemId: string;
  criterionId: string;
  rubric: readonly { id: string; points: number }[];
  /** The criterion's new points; its bank points remove the adjustment. */
  points: number;
  reason: string;
  teacherId: string;
};

/**
 * Sets a criterion's points for one assignment and re-scores every teacher-graded answer of the item
 * (the rubric's total moves for all of them, not only those meeting the criterion), re-totals their
 * attempts and logs the grades that moved in RegradeLog (action RUBRIC), as an item correction does.
 * Lock order as adjust-item: the Assignment row FOR UPDATE first, so no grading or finalisation of
 * the assignment runs meanwhile; then the attempts (their UPDATE), then the answers.
 */
export async function rescoreRubric(tx: Tx, change: TRubricChange) {
  await tx.$queryRaw`SELECT id FROM "Assignment" WHERE id = ${change.assignmentId} FOR UPDATE`;
  const key = { assignmentId: change.assignmentId, itemId: change.itemId, criterionId: change.criterionId };
  const bankPoints = change.rubric.find((c) => c.id === change.criterionId)!.points;
  if (change.points === bankPoints) {
    await tx.rubricAdjustment.deleteMany({ where: key });
  } else {
    const data = { points: change.points, reason: change.reason };
    await tx.rubricAdjustment.upsert({
      where: { assignmentId_itemId_criterionId: key },
      create: { ...key, ...data },
      update: data,
    });
  }
  const adjustments = await tx.rubricAdjustment.findMany({
    where: { assignmentId: change.assignmentId, itemId: change.itemId },
  });
  const adjusted = Object.fromEntries(adjustments.map((a) => [a.criterionId, a.points]));
  const graded = await tx.writtenGrade.findMany({
    where: {
      itemId: change.itemId,
      selfGraded: false,
      answer: { attempt: { assignmentId: change.assignmentId, status: "SUBMITTED" } },
    },
    select: { attemptId: true, criteriaMet: true, answer: { select: { score: true } } },
  });
  const rescored = graded
    .map((g) => ({
      attemptId: g.attemptId,
      old: g.answer.score,
      ...rubricScore(change.rubric, g.criteriaMet, adjusted),
    }))
    .filter((g) => g.score !== g.old);

  const changes = await settleAfter(tx, change, rescored);
  const log = await tx.regradeLog.create({
    data: {
      assignmentId: change.assignmentId,
      itemId: change.itemId,
      action: "RUBRIC",
      reason: change.reason,
      teacherId: change.teacherId,
      changes: changes as unknown as Prisma.InputJsonValue,
    },
  });
  return { regradeId: log.id, answersRescored: rescored.length, answersGraded: graded.length, changes };
}

/** Writes the answers' new scores, then re-totals their attempts; returns the grades that moved. */
async function settleAfter(tx: Tx, change: TRubricChange, rescored: { attemptId: string; score: number }[]) {
  if (!rescored.length) return [];
  const ids = rescored.map((r) => r.attemptId);
  // The attempts first (lock order: Attempt, then Answer), then the answers, then the totals.
  await tx.$queryRaw`SELECT id FROM "Attempt" WHERE id = ANY (${ids}) ORDER BY id FOR UPDATE`;
  await tx.$executeRaw`
    UPDATE "Answer" AS a SET score = v.score, correct = v.score = 1
    FROM unnest(${ids}::text[], ${rescored.map((r) => r.score)}::float8[]) AS v("attemptId", score)
    WHERE a."attemptId" = v."attemptId" AND a."itemId" = ${change.itemId}`;
  return settleGrades(tx, change.assignmentId, ids);
}
