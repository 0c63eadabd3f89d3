import { type Tx } from "../attempts/tx";

/**
 * Revokes every live session of a user (all devices), except the one given: after a password reset
 * nobody who knew the old password stays signed in.
 */
export async function endSessions(db: Pick<Tx, "session">, userId: string, opts?: { except?: string }) {
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(opts?.except ? { id: { not: opts.except } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
