import { type Tx } from "./tx";

/**
 * Deletes every attempt at an assignment that is being deleted, with their answers, key releases and
 * written grades (cascade from the Attempt row). The caller holds the Assignment row FOR UPDATE
 * (lock order 2), so no attempt starts meanwhile, and deletes the assignment afterwards. Returns how
 * many attempts went.
 */
export async function deleteAssignmentAttempts(tx: Tx, assignmentId: string) {
  const { count } = await tx.attempt.deleteMany({ where: { assignmentId } });
  return count;
}
