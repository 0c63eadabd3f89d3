import { type Db } from "@dc/db";
import { hashResetToken, newResetToken, RESET_LINK_MINUTES } from "./reset-token";

/** More unused links than this in one window and further requests are ignored (no mail flooding). */
const MAX_OPEN_LINKS = 3;

/**
 * Makes a one-time link token for the account with this e-mail, or returns null when there is none to
 * make (unknown e-mail, deactivated account, too many recent requests). The caller answers the same
 * either way, so the response never tells whether an account exists.
 */
export async function requestPasswordReset(db: Db, email: string, now = new Date()) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, deactivatedAt: true },
  });
  if (!user?.email || user.deactivatedAt) return null;
  const open = await db.passwordResetToken.count({
    where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
  });
  if (open >= MAX_OPEN_LINKS) return null;
  const token = newResetToken();
  await db.passwordResetToken.create({
    data: {
      tokenHash: hashResetToken(token),
      userId: user.id,
      expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
    },
  });
  return { token, to: user.email, name: user.name };
}
