import { answerText } from "@dc/content";
import { type Db } from "@dc/db";
import { teacherItemView, toAssignmentView } from "./assignment-view";
import { ownedAssignment } from "./owned-assignment";

/** One assignment for its teacher: settings, its items with their keys, accommodations, adjustments. */
export async function getAssignment(db: Db, teacherId: string, input: { assignmentId: string }) {
  const found = await ownedAssignment(db, teacherId, input.assignmentId);
  const [accommodations, adjustments, attempts] = await Promise.all([
    db.accommodation.findMany({
      where: { assignmentId: found.id },
      select: {
        extraTimeSec: true,
        extraTimePercent: true,
        extraAttempts: true,
        student: { select: { id: true, name: true, email: true } },
      },
    }),
    db.itemAdjustment.findMany({ where: { assignmentId: found.id }, orderBy: { updatedAt: "asc" } }),
    db.attempt.groupBy({ by: ["status", "userId"], where: { assignmentId: found.id }, _count: true }),
  ]);
  const count = (status?: string) =>
    attempts.filter((g) => !status || g.status === status).reduce((n, g) => n + g._count, 0);
  const byItem = new Map(adjustments.map((a) => [a.itemId, a]));
  const dropped = adjustments.filter((a) => a.action === "DROP").length;
  return {
    ...toAssignmentView(found, dropped),
    className: found.class.name,
    classArchived: found.class.archivedAt !== null,
    /** Whether any student has started it (then its items are fixed, and deleting it loses their work). */
    started: attempts.length > 0,
    /** What an edit or a deletion touches: attempts by status, and how many students made them. */
    attempts: {
      total: count(),
      submitted: count("SUBMITTED"),
      inProgress: count("IN_PROGRESS"),
      students: new Set(attempts.map((g) => g.userId)).size,
    },
    items: found.itemIds.map((itemId, index) => {
      const item = teacherItemView(itemId);
      const adjustment = byItem.get(itemId);
      return {
        position: index + 1,
        item,
        answerText: { zh: answerText(item, "zh"), en: answerText(item, "en") },
        adjustment: adjustment
          ? {
              action: adjustment.action,
              acceptedKeys: adjustment.acceptedKeys,
              reason: adjustment.reason,
              updatedAt: adjustment.updatedAt,
            }
          : null,
      };
    }),
    accommodations: accommodations.map((a) => ({
      student: a.student,
      extraTimeMinutes: a.extraTimeSec / 60,
      extraTimePercent: a.extraTimePercent,
      extraAttempts: a.extraAttempts,
    })),
  };
}
