import { answerNotFound, attemptNotSubmitted } from "../grading/errors";
import { rubricScore, type TCriterionPoints } from "@dc/content";
import { settleGrades } from "./settle-grades";
import { type Tx } from "./tx";

export type TWrittenMarking = {
  assignmentId: string;
  itemId: string;
  rubric: readonly { id: string; points: number }[];
  adjusted: TCriterionPoints;
  attemptIds: readonly string[];
  criteriaMet: readonly string[];
  comment: string | null;
  graderId: string;
};

/**
 * A teacher's marking of one written item in submitted attempts of an assignment: the WrittenGrade
 * rows (new or replaced), each answer's score by the rubric, and the attempts re-totalled (an attempt
 * with nothing pending left is settled). Lock order: the Assignment row FOR SHARE (a rubric change or
 * regrade, which takes it FOR UPDATE, runs wholly before or after), the attempts FOR UPDATE in id
 * order, then their answers. Any attempt that is not a submitted attempt of the assignment with an
 * answer to the item refuses the whole marking, before anything is written.
 */
export async function gradeWritten(tx: Tx, marking: TWrittenMarking, now = new Date()) {
  await tx.$queryRaw`SELECT id FROM "Assignment" WHERE id = ${marking.assignmentId} FOR SHARE`;
  const ids = [...new Set(marking.attemptIds)].sort();
  const attempts = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id, status::text FROM "Attempt"
    WHERE id = ANY (${ids}) AND "assignmentId" = ${marking.assignmentId} ORDER BY id FOR UPDATE`;
  if (attempts.length !== ids.length) throw answerNotFound();
  if (attempts.some((a) => a.status !== "SUBMITTED")) throw attemptNotSubmitted();
  const answered = await tx.answer.count({ where: { attemptId: { in: ids }, itemId: marking.itemId } });
  if (answered !== ids.length) throw answerNotFound();

  const { score } = rubricScore(marking.rubric, marking.criteriaMet, marking.adjusted);
  await tx.$executeRaw`
    UPDATE "Answer" SET score = ${score}, correct = ${score === 1}
    WHERE "attemptId" = ANY (${ids}) AND "itemId" = ${marking.itemId}`;
  await tx.$executeRaw`
    INSERT INTO "WrittenGrade" ("attemptId", "itemId", "criteriaMet", comment, "graderId", "selfGraded", "gradedAt", "updatedAt")
    SELECT id, ${marking.itemId}, ${[...marking.criteriaMet]}::text[], ${marking.comment}, ${marking.graderId}, false, ${now}, ${now}
    FROM unnest(${ids}::text[]) AS id
    ON CONFLICT ("attemptId", "itemId") DO UPDATE SET "criteriaMet" = EXCLUDED."criteriaMet",
      comment = EXCLUDED.comment, "graderId" = EXCLUDED."graderId", "selfGraded" = false,
      "gradedAt" = EXCLUDED."gradedAt", "updatedAt" = EXCLUDED."updatedAt"`;
  await settleGrades(tx, marking.assignmentId, ids);
  const settled = await tx.attempt.count({ where: { id: { in: ids }, score: { not: null } } });
  return { graded: ids.length, score, attemptsSettled: settled };
}
