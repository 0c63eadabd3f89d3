import { type Db } from "@dc/db";
import { GRACE_MS } from "../attempts/policy";
import { finalizeAttempt } from "../attempts/submit-attempt";

/** At most this many per read; the rest are finalised by the next read (results poll every few seconds). */
export const EXPIRED_BATCH = 50;

/**
 * Scores the attempts of these assignments whose time ran out while nobody was looking (the tab was
 * closed), so that results count them: one query to find them, then the engine's own finalizeAttempt
 * for each, which scores once even if the student's browser submits at the same moment.
 */
export async function finalizeExpiredAttempts(
  db: Db,
  scope: { assignmentIds: string[]; userId?: string },
  now = new Date(),
) {
  if (!scope.assignmentIds.length) return 0;
  const expired = await db.attempt.findMany({
    where: {
      assignmentId: { in: scope.assignmentIds },
      ...(scope.userId ? { userId: scope.userId } : {}),
      status: "IN_PROGRESS",
      deadline: { lt: new Date(now.getTime() - GRACE_MS) },
    },
    select: { id: true, userId: true },
    take: EXPIRED_BATCH,
  });
  for (const a of expired) await finalizeAttempt(db, a.userId, a.id, { auto: true, now });
  return expired.length;
}
