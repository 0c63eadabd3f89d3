import { type Db } from "@dc/db";
import { GRACE_MS } from "../attempts/policy";
import { finalizeAttempt } from "../attempts/submit-attempt";

/** At most this many per call; the sweep (attempts/sweep.ts) finalises any rest within seconds. */
export const EXPIRED_BATCH = 50;

/**
 * Scores the attempts of these assignments whose time ran out while nobody was looking (the tab was
 * closed). Used by a student's start of an assignment (a write already), so the attempt they ran out
 * of is submitted before a new one opens; everyone else's are the sweep's (attempts/sweep.ts). One
 * query to find them, then the engine's own finalizeAttempt for each, which scores once.
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
