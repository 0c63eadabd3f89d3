import { releaseAttemptKeys } from "./release-keys";
import { type Tx } from "./tx";

/**
 * Releases the keys of every submitted attempt at an assignment whose keys are still withheld (the
 * teacher's "release now"), in the caller's transaction, which has locked the Assignment row
 * (lock order 2). Returns how many attempts it looked at.
 */
export async function releaseAssignmentKeys(tx: Tx, assignmentId: string, now: Date) {
  const pending = await tx.attempt.findMany({
    where: { assignmentId, status: "SUBMITTED", keysReleasedAt: null },
    select: { id: true, userId: true },
  });
  for (const attempt of pending) await releaseAttemptKeys(tx, attempt.id, attempt.userId, now);
  return pending.length;
}
