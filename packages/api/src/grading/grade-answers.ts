import { type Db } from "@dc/db";
import { ownedAssignment } from "../assignments/owned-assignment";
import { gradeWritten } from "../attempts/grade-written";
import { recordAudit } from "../audit/record";
import { type TGradeAnswers } from "./schemas";
import { adjustedPoints, checkCriteria, writtenItemOf } from "./written-item";

/**
 * A teacher of the class grades one written item in one or more submitted attempts (a group of alike
 * answers, or one answer) with one decision, in one transaction, and the audit log keeps who did it.
 */
export async function gradeAnswers(db: Db, teacherId: string, input: TGradeAnswers, now = new Date()) {
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  const item = writtenItemOf(assignment, input.itemId);
  const criteriaMet = checkCriteria(item, input.criteriaMet);
  return db.$transaction(async (tx) => {
    const adjustments = await tx.rubricAdjustment.findMany({
      where: { assignmentId: assignment.id, itemId: item.id },
    });
    const result = await gradeWritten(
      tx,
      {
        assignmentId: assignment.id,
        itemId: item.id,
        rubric: item.rubric,
        adjusted: adjustedPoints(adjustments, item.id),
        attemptIds: input.attemptIds,
        criteriaMet,
        comment: input.comment || null,
        graderId: teacherId,
      },
      now,
    );
    await recordAudit(tx, {
      action: "written.grade",
      actorId: teacherId,
      details: { assignmentId: assignment.id, itemId: item.id, answers: result.graded, criteriaMet },
    });
    return { ...result, criteriaMet };
  });
}
