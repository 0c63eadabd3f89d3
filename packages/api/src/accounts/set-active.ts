import { type Db } from "@dc/db";
import { recordAudit } from "../audit/record";
import { endSessions } from "../auth/sessions";
import { accountNotFound, notOnYourself } from "./errors";

/** Deactivates (signs out everywhere, refuses sign-in) or reactivates an account. Admins only. */
export async function setActive(db: Db, adminId: string, input: { userId: string; active: boolean }) {
  if (input.userId === adminId) throw notOnYourself();
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { deactivatedAt: true } });
    if (!target) throw accountNotFound();
    const deactivatedAt = input.active ? null : (target.deactivatedAt ?? new Date());
    const changed = (target.deactivatedAt === null) !== (deactivatedAt === null);
    await tx.user.update({ where: { id: input.userId }, data: { deactivatedAt } });
    if (!input.active) await endSessions(tx, input.userId);
    if (changed) {
      await recordAudit(tx, {
        action: input.active ? "account.reactivate" : "account.deactivate",
        actorId: adminId,
        targetId: input.userId,
      });
    }
    return { userId: input.userId, deactivatedAt };
  });
}
