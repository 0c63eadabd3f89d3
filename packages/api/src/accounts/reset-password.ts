import { hashPassword, type Db } from "@dc/db";
import { recordAudit } from "../audit/record";
import { oneTimePassword } from "../auth/one-time-password";
import { endSessions } from "../auth/sessions";
import { taughtBy } from "../classes/taught-by";
import { type SessionUser } from "../context";
import { accountNotFound, notOnYourself } from "./errors";

/**
 * Gives an account a one-time password that must be changed at the next sign-in, and ends all its
 * sessions. An admin may reset anyone's but their own (they change it on /account); a teacher only a
 * student currently in one of their classes that is not archived. Returns the slip's facts once.
 */
export async function resetPassword(db: Db, actor: SessionUser, input: { userId: string }) {
  if (input.userId === actor.id) throw notOnYourself();
  const target = await db.user.findFirst({
    where:
      actor.role === "ADMIN"
        ? { id: input.userId }
        : {
            id: input.userId,
            role: "STUDENT",
            enrollments: { some: { removedAt: null, class: { ...taughtBy(actor.id), archivedAt: null } } },
          },
    select: { id: true, name: true, email: true, loginId: true },
  });
  if (!target) throw accountNotFound();
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { passwordHash, mustChangePassword: true } });
    await endSessions(tx, target.id);
    await recordAudit(tx, { action: "password.reset", actorId: actor.id, targetId: target.id });
  });
  return { ...target, password };
}
