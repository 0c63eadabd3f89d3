import { hotQuery, type Db } from "@dc/db";
import { type Tx } from "../attempts/tx";
import { type SessionUser, type TRole } from "../context";

/** A session ends after this long without a request (a school term's weekend plus a few days). */
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
/** No session lives longer than this, however active: the user signs in again. */
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so most requests only read. */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;

/** Starts a server-side session at sign-in; its id goes into the signed cookie. */
export async function createSession(db: Db, userId: string, userAgent?: string | null) {
  const now = Date.now();
  const row = await db.session.create({
    data: {
      userId,
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + SESSION_ABSOLUTE_MS),
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * The user of a live session, or null: the row must exist, not be revoked, be within its idle and
 * absolute limits, and its user must not be deactivated. One query by primary key (joined to the
 * user); lastSeenAt is refreshed at most every SESSION_TOUCH_MS, without waiting for it.
 */
export async function checkSession(
  db: Db,
  sessionId: unknown,
  now = new Date(),
): Promise<SessionUser | null> {
  if (typeof sessionId !== "string" || sessionId.length === 0 || sessionId.length > 40) return null;
  // One statement on every request (Prisma's findUnique with the user relation sent two), sent
  // without Prisma's query compiler (hotQuery).
  const [row] = await hotQuery<{
    lastSeenAt: Date;
    expiresAt: Date;
    revokedAt: Date | null;
    id: string;
    role: TRole;
    name: string;
    email: string | null;
    mustChangePassword: boolean;
    deactivatedAt: Date | null;
    teacherConfirmedAt: Date | null;
  }>(
    db,
    `SELECT s."lastSeenAt", s."expiresAt", s."revokedAt", u.id, u.role::text AS role, u.name, u.email,
      u."mustChangePassword", u."deactivatedAt", u."teacherConfirmedAt"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = $1`,
    [sessionId],
  );
  if (!row || row.revokedAt || row.deactivatedAt) return null;
  const t = now.getTime();
  if (row.expiresAt.getTime() <= t || row.lastSeenAt.getTime() + SESSION_IDLE_MS <= t) return null;
  if (t - row.lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
    // Conditional, so two concurrent requests do not both write; a failure here must not fail the request.
    void db.session
      .updateMany({ where: { id: sessionId, lastSeenAt: row.lastSeenAt }, data: { lastSeenAt: now } })
      .catch(() => undefined);
  }
  return {
    id: row.id,
    role: row.role,
    name: row.name,
    email: row.email,
    sessionId,
    mustChangePassword: row.mustChangePassword,
    teacherConfirmed: row.role === "TEACHER" && row.teacherConfirmedAt !== null,
  };
}

/** Ends one session (signing out). Ending an ended or unknown session is not an error. */
export async function endSession(db: Tx, sessionId: string) {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Ends every live session of a user at once, except `except` (the caller's own, after a password
 * change). Used by sign-out-everywhere, password change and reset, deactivation and role changes.
 */
export async function endSessions(db: Tx, userId: string, opts: { except?: string } = {}) {
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(opts.except ? { id: { not: opts.except } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
