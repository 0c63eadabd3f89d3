import { hashPassword, type Db } from "@dc/db";
import { domainError } from "../contract/domain-error";
import { type Tx } from "../attempts/tx";
import { recordAudit } from "../audit/record";
import { passwordProblem } from "../auth/password-policy";
import { emailTaken, isUniqueViolation } from "../auth/sign-up";
import { invitationInvalid, invitationOtherEmail } from "./errors";
import { hashCode } from "./invitation-code";

/** What a holder of a code may learn before redeeming it: whether it is usable, and for which email. */
export async function checkInvitation(db: Db, input: { code: string }) {
  const found = await db.invitation.findUnique({
    where: { codeHash: hashCode(input.code) },
    select: { email: true, expiresAt: true, redeemedAt: true, revokedAt: true },
  });
  if (!found || found.redeemedAt || found.revokedAt || found.expiresAt <= new Date())
    throw invitationInvalid();
  return { email: found.email, expiresAt: found.expiresAt };
}

/**
 * Claims the invitation inside the caller's transaction: one conditional update, so two redeemers
 * of one code cannot both succeed. Refuses unknown, expired, used and revoked codes alike.
 */
async function claim(tx: Tx, code: string, email: string | null) {
  const found = await tx.invitation.findUnique({ where: { codeHash: hashCode(code) } });
  if (!found) throw invitationInvalid();
  if (found.email && found.email !== email) throw invitationOtherEmail();
  const { count } = await tx.invitation.updateMany({
    where: { id: found.id, redeemedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { redeemedAt: new Date() },
  });
  if (!count) throw invitationInvalid();
  return found;
}

async function promote(tx: Tx, invitationId: string, user: { id: string; role: string }, created: boolean) {
  await tx.user.update({ where: { id: user.id }, data: { role: "TEACHER", teacherConfirmedAt: new Date() } });
  await tx.invitation.update({ where: { id: invitationId }, data: { redeemedById: user.id } });
  await recordAudit(tx, {
    action: "invitation.redeem",
    actorId: user.id,
    targetId: user.id,
    details: { invitationId, newAccount: created },
  });
  await recordAudit(tx, {
    action: "role.change",
    actorId: user.id,
    targetId: user.id,
    details: { from: created ? null : user.role, to: "TEACHER", invitationId },
  });
}

/** A signed-in student (or unconfirmed teacher) becomes a confirmed teacher. */
export async function acceptInvitation(db: Db, userId: string, input: { code: string }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, role: true, email: true, teacherConfirmedAt: true },
    });
    if (user.role === "ADMIN" || (user.role === "TEACHER" && user.teacherConfirmedAt)) {
      throw domainError("ALREADY_TEACHER");
    }
    const invitation = await claim(tx, input.code, user.email);
    await promote(tx, invitation.id, user, false);
    return { role: "TEACHER" as const };
  });
}

/** A new, confirmed teacher account from an invitation; the caller then signs in with it. */
export async function signUpWithInvitation(
  db: Db,
  input: { code: string; name: string; email: string; password: string },
) {
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw domainError("WEAK_PASSWORD", problem);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await claim(tx, input.code, input.email);
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: "TEACHER", passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await promote(tx, invitation.id, user, true);
      return { ...user, role: "TEACHER" as const };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
