import { hashPassword, type Db } from "@dc/db";
import { domainError } from "../contract/domain-error";
import { passwordProblem } from "./password-policy";
import { hashResetToken, stateOf } from "./reset-token";
import { endSessions } from "./sessions";

/**
 * Sets a new password through a "forgot password" link. The link works once: marking it used is a
 * conditional update, so of two simultaneous uses only one succeeds. Every session of the user ends
 * and the other open links of the user stop working.
 */
export async function resetPassword(db: Db, input: { token: string; password: string }, now = new Date()) {
  const tokenHash = hashResetToken(input.token);
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash },
    include: { user: { select: { id: true, email: true, loginId: true, deactivatedAt: true } } },
  });
  const state = stateOf(row, now);
  if (!row || state !== "VALID") {
    throw domainError(state === "VALID" ? "RESET_LINK_INVALID" : state);
  }
  const problem = passwordProblem(input.password, row.user.email ?? row.user.loginId ?? "");
  if (problem) throw domainError("WEAK_PASSWORD", problem);
  const passwordHash = await hashPassword(input.password);

  await db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw domainError("RESET_LINK_USED");
    await tx.passwordResetToken.updateMany({
      where: { userId: row.userId, usedAt: null },
      data: { usedAt: now },
    });
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, mustChangePassword: false },
    });
    const ended = await endSessions(tx, row.userId);
    await tx.auditEntry.create({
      data: {
        action: "password.reset.email",
        actorId: row.userId,
        targetId: row.userId,
        details: { sessionsEnded: ended },
      },
    });
  });
  return { ok: true as const };
}
