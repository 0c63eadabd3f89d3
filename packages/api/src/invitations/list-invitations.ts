import { type Db } from "@dc/db";

export type TInvitationStatus = "OPEN" | "REDEEMED" | "REVOKED" | "EXPIRED";

export function invitationStatus(
  i: { redeemedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): TInvitationStatus {
  if (i.redeemedAt) return "REDEEMED";
  if (i.revokedAt) return "REVOKED";
  return i.expiresAt <= now ? "EXPIRED" : "OPEN";
}

/** The 50 latest invitations with their status (never their codes: only hashes are stored). */
export async function listInvitations(db: Db) {
  const rows = await db.invitation.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      email: true,
      expiresAt: true,
      redeemedAt: true,
      revokedAt: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      redeemedBy: { select: { name: true, email: true } },
    },
  });
  const now = new Date();
  return rows.map((row) => ({ ...row, status: invitationStatus(row, now) }));
}
