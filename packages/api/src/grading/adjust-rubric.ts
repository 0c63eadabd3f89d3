import { type Db } from "@dc/db";
import { ownedAssignment } from "../assignments/owned-assignment";
import { rescoreRubric } from "../attempts/rescore-rubric";
import { unknownCriterion } from "./errors";
import { type TAdjustRubric } from "./schemas";
import { writtenItemOf } from "./written-item";

/**
 * Sets one rubric criterion's points for this assignment (its bank points again undo it) and
 * re-scores every answer graded with the rubric, logged like an item correction.
 */
export async function adjustRubric(db: Db, teacherId: string, input: TAdjustRubric) {
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  const item = writtenItemOf(assignment, input.itemId);
  if (!item.rubric.some((c) => c.id === input.criterionId)) throw unknownCriterion(input.criterionId);
  const result = await db.$transaction(
    (tx) =>
      rescoreRubric(tx, {
        assignmentId: assignment.id,
        itemId: item.id,
        criterionId: input.criterionId,
        rubric: item.rubric,
        points: input.points,
        reason: input.reason,
        teacherId,
      }),
    { timeout: 30_000 },
  );
  return {
    assignmentId: assignment.id,
    itemId: item.id,
    criterionId: input.criterionId,
    points: input.points,
    ...result,
  };
}
