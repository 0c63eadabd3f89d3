import { type Db } from "@dc/db";
import { deleteAssignmentAttempts } from "../attempts/delete-assignment-attempts";
import { recordAudit } from "../audit/record";
import { assignmentHasAttempts, assignmentNotFound } from "./errors";
import { ownedAssignment } from "./owned-assignment";
import { type TDeleteAssignment } from "./schemas";

/**
 * Deletes an assignment. One nobody started goes at once; one with attempts goes only when the
 * teacher confirms the number of attempts they were told would be lost (`confirmAttempts`), so an
 * attempt started after the dialog opened is never deleted unseen. The row is locked first: no
 * attempt can start while the count is compared. Its attempts (with their answers and key releases)
 * are deleted by the attempt lifecycle first; accommodations and corrections go with the assignment
 * (cascade); the deletion of students' work is written to the audit log.
 */
export async function deleteAssignment(db: Db, teacherId: string, input: TDeleteAssignment) {
  const found = await ownedAssignment(db, teacherId, input.assignmentId);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Assignment" WHERE id = ${found.id} FOR UPDATE`;
    if (!locked.length) throw assignmentNotFound();
    const attempts = await tx.attempt.count({ where: { assignmentId: found.id } });
    const students = await tx.attempt.groupBy({ by: ["userId"], where: { assignmentId: found.id } });
    if (attempts > 0 && input.confirmAttempts !== attempts) throw assignmentHasAttempts();
    await deleteAssignmentAttempts(tx, found.id);
    // eslint-disable-next-line lifecycle/writes-in-attempts -- its attempts are gone (line above): nothing cascades to them
    await tx.assignment.delete({ where: { id: found.id } });
    if (attempts > 0) {
      await recordAudit(tx, {
        action: "assignment.delete",
        actorId: teacherId,
        details: {
          assignmentId: found.id,
          title: found.title,
          classId: found.classId,
          attempts,
          students: students.length,
        },
      });
    }
    return { assignmentId: found.id, deleted: true as const, attemptsDeleted: attempts };
  });
}
