import { type Db } from "@dc/db";
import { assignmentHasAttempts, assignmentNotFound } from "./errors";
import { ownedAssignment } from "./owned-assignment";

/** Deletes an assignment nobody has started; one with attempts is kept (students' work is never lost). */
export async function deleteAssignment(db: Db, teacherId: string, input: { assignmentId: string }) {
  const found = await ownedAssignment(db, teacherId, input.assignmentId);
  const deleted = await db.$executeRaw`
    DELETE FROM "Assignment" s WHERE s.id = ${found.id}
      AND NOT EXISTS (SELECT 1 FROM "Attempt" a WHERE a."assignmentId" = s.id)`;
  if (deleted) return { assignmentId: found.id, deleted: true as const };
  const still = await db.assignment.count({ where: { id: found.id } });
  throw still ? assignmentHasAttempts() : assignmentNotFound();
}
