import { type Db } from "@dc/db";
import { type TRegradeChange } from "../attempts/regrade-submitted";
import { ownedAssignment } from "./owned-assignment";

/**
 * Every correction made to an assignment, newest first, with the grades each one changed: item
 * corrections and rubric changes of written items (RUBRIC, grading/adjust-rubric.ts).
 */
export async function listRegrades(db: Db, teacherId: string, input: { assignmentId: string }) {
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  const rows = await db.regradeLog.findMany({
    where: { assignmentId: assignment.id },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows.map((r) => ({
    regradeId: r.id,
    itemId: r.itemId,
    action: r.action as "FULL_CREDIT" | "DROP" | "ACCEPT_ANSWER" | "REVERT" | "RUBRIC",
    reason: r.reason,
    createdAt: r.createdAt,
    changes: r.changes as unknown as TRegradeChange[],
  }));
}
