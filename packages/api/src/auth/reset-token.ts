import { createHash, randomBytes } from "node:crypto";
import { type Db } from "@dc/db";

/** How long a "forgot password" link works. */
export const RESET_LINK_MINUTES = 30;

/** A new link token: 256 random bits, URL-safe. Only its hash is stored. */
export const newResetToken = () => randomBytes(32).toString("base64url");

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type TResetTokenState = "VALID" | "RESET_LINK_INVALID" | "RESET_LINK_USED" | "RESET_LINK_EXPIRED";

/** What a link would do now, so the page can say so before the user types a new password. */
export async function resetTokenState(db: Db, token: string, now = new Date()): Promise<TResetTokenState> {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    include: { user: { select: { deactivatedAt: true } } },
  });
  return stateOf(row, now);
}

export function stateOf(
  row: { usedAt: Date | null; expiresAt: Date; user: { deactivatedAt: Date | null } } | null,
  now: Date,
): TResetTokenState {
  if (!row || row.user.deactivatedAt) return "RESET_LINK_INVALID";
  if (row.usedAt) return "RESET_LINK_USED";
  if (row.expiresAt <= now) return "RESET_LINK_EXPIRED";
  return "VALID";
}
