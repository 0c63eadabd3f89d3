import { type Db } from "@dc/db";
import { recordAudit } from "../audit/record";
import { hashCode, INVITATION_DAYS_DEFAULT, newInvitationCode } from "./invitation-code";

/**
 * Issues a one-time invitation to teach, valid for `days`. The code is returned this once (for the
 * link); the database keeps only its SHA-256. With `email`, only that account may redeem it.
 */
export async function createInvitation(
  db: Db,
  adminId: string,
  input: { email?: string; days?: number },
  now = new Date(),
) {
  const code = newInvitationCode();
  const expiresAt = new Date(now.getTime() + (input.days ?? INVITATION_DAYS_DEFAULT) * 86_400_000);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: {
        codeHash: hashCode(code),
        email: input.email ?? null,
        role: "TEACHER",
        createdById: adminId,
        expiresAt,
      },
      select: { id: true, email: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(tx, {
      action: "invitation.create",
      actorId: adminId,
      details: { invitationId: invitation.id, email: invitation.email, expiresAt: expiresAt.toISOString() },
    });
    return { ...invitation, code };
  });
}
