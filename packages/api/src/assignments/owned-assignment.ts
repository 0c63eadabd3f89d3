import { type Tx } from "../attempts/tx";
import { assignmentNotFound } from "./errors";

/** The teacher's own assignment (with its class), or NOT_FOUND for anyone else's. */
export async function ownedAssignment(db: Tx, teacherId: string, assignmentId: string) {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId } },
    include: { class: { select: { id: true, name: true, archivedAt: true } } },
  });
  if (!found) throw assignmentNotFound();
  return found;
}
