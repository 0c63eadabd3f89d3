import { type Prisma } from "@dc/db";
import { type Tx } from "../attempts/tx";

export type TAuditAction =
  | "invitation.create"
  | "invitation.revoke"
  | "invitation.redeem"
  | "role.change"
  | "password.change"
  | "password.reset"
  | "account.deactivate"
  | "account.reactivate"
  | "roster.import"
  | "assignment.delete"
  | "assignment.release"
  | "written.grade";

/** Writes one audit entry: who did what to whom. `details` never holds a password, code or hash. */
export function recordAudit(
  db: Tx,
  entry: {
    action: TAuditAction;
    actorId: string | null;
    targetId?: string | null;
    details?: Prisma.InputJsonObject;
  },
) {
  return db.auditEntry.create({
    data: {
      action: entry.action,
      actorId: entry.actorId,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    },
  });
}
