import { type Db } from "@dc/db";
import { toAssignmentView } from "./assignment-view";
import { dueBeforeOpen } from "./errors";
import { ownedAssignment } from "./owned-assignment";
import { type TUpdateAssignment } from "./schemas";

/**
 * Changes an assignment's settings. A new time limit applies to attempts started afterwards; a new
 * due time moves the late and missed flags and the AFTER_DUE feedback at once (they are computed
 * when read), as does a new pass mark. The items cannot change: correct an item with an adjustment.
 */
export async function updateAssignment(db: Db, teacherId: string, input: TUpdateAssignment) {
  const current = await ownedAssignment(db, teacherId, input.assignmentId);
  const opensAt = input.opensAt ?? current.opensAt;
  const dueAt = input.dueAt ?? current.dueAt;
  if (dueAt <= opensAt) throw dueBeforeOpen();
  const updated = await db.assignment.update({
    where: { id: current.id },
    data: {
      title: input.title,
      shuffle: input.shuffle,
      timeLimitSec:
        input.timeLimitMinutes === undefined
          ? undefined
          : input.timeLimitMinutes === null
            ? null
            : input.timeLimitMinutes * 60,
      maxAttempts: input.maxAttempts,
      opensAt,
      dueAt,
      feedback: input.feedback,
      scoreRelease: input.scoreRelease,
      passPercent: input.passPercent,
    },
    include: { adjustments: { where: { action: "DROP" }, select: { itemId: true } } },
  });
  return toAssignmentView(updated, updated.adjustments.length);
}
