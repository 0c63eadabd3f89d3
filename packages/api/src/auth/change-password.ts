import { hashPassword, verifyPassword, type Db } from "@dc/db";
import { domainError } from "../contract/domain-error";
import { recordAudit } from "../audit/record";
import { type SessionUser } from "../context";
import { passwordProblem } from "./password-policy";
import { endSessions } from "./sessions";

/**
 * Changes the caller's own password (the current one is required, also after a one-time password)
 * and ends every other session of theirs at once; the one it was changed from stays signed in.
 */
export async function changePassword(
  db: Db,
  session: SessionUser,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await db.user.findUniqueOrThrow({ where: { id: session.id } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw domainError("WRONG_PASSWORD");
  }
  if (input.newPassword === input.currentPassword) {
    throw domainError("SAME_PASSWORD");
  }
  const problem = passwordProblem(input.newPassword, user.email ?? user.loginId ?? "");
  if (problem) throw domainError("WEAK_PASSWORD", problem);
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
    await recordAudit(tx, { action: "password.change", actorId: user.id, targetId: user.id });
    return endSessions(tx, user.id, { except: session.sessionId ?? undefined });
  });
  return { changed: true as const, otherSessionsEnded: ended };
}
