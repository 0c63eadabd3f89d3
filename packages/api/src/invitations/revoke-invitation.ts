import { type Db } from "@dc/db";
import { recordAudit } from "../audit/record";
import { invitationInvalid } from "./errors";

/** Revokes an open invitation; a redeemed, expired or revoked one cannot be revoked (INVITATION_INVALID). */
export async function revokeInvitation(db: Db, adminId: string, input: { invitationId: string }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: input.invitationId, redeemedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { revokedAt: new Date() },
    });
    if (!count) throw invitationInvalid();
    await recordAudit(tx, {
      action: "invitation.revoke",
      actorId: adminId,
      details: { invitationId: input.invitationId },
    });
    return { invitationId: input.invitationId, revoked: true as const };
  });
}
