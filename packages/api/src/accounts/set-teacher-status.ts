import { type Db } from "@dc/db";
import { recordAudit } from "../audit/record";
import { endSessions } from "../auth/sessions";
import { accountNotFound } from "./errors";

/**
 * Decides a self-made teacher account from before invitations: CONFIRM makes it a teacher who can
 * teach; DEMOTE makes it a student (its classes stay, unreachable until an admin confirms it again
 * through an invitation) and ends its sessions. Admins only.
 */
export async function setTeacherStatus(
  db: Db,
  adminId: string,
  input: { userId: string; decision: "CONFIRM" | "DEMOTE" },
) {
  return db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({
      where: { id: input.userId, role: "TEACHER" },
      select: { id: true, teacherConfirmedAt: true },
    });
    if (!target) throw accountNotFound();
    if (input.decision === "CONFIRM") {
      const teacherConfirmedAt = target.teacherConfirmedAt ?? new Date();
      await tx.user.update({ where: { id: target.id }, data: { teacherConfirmedAt } });
      if (!target.teacherConfirmedAt) {
        await recordAudit(tx, {
          action: "role.change",
          actorId: adminId,
          targetId: target.id,
          details: { from: "TEACHER_UNCONFIRMED", to: "TEACHER" },
        });
      }
      return { userId: target.id, role: "TEACHER" as const, teacherConfirmedAt };
    }
    await tx.user.update({ where: { id: target.id }, data: { role: "STUDENT", teacherConfirmedAt: null } });
    await endSessions(tx, target.id);
    await recordAudit(tx, {
      action: "role.change",
      actorId: adminId,
      targetId: target.id,
      details: { from: target.teacherConfirmedAt ? "TEACHER" : "TEACHER_UNCONFIRMED", to: "STUDENT" },
    });
    return { userId: target.id, role: "STUDENT" as const, teacherConfirmedAt: null };
  });
}
