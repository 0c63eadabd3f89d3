import { type Tx } from "../attempts/tx";
import { taughtBy } from "../classes/taught-by";
import { assignmentNotFound } from "./errors";

/** An assignment of a class the teacher teaches (owner or co-teacher), with its class; or NOT_FOUND. */
export async function ownedAssignment(db: Tx, teacherId: string, assignmentId: string) {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, class: taughtBy(teacherId) },
    include: { class: { select: { id: true, name: true, archivedAt: true } } },
  });
  if (!found) throw assignmentNotFound();
  return found;
}
