import { type Db, type Prisma } from "@dc/db";
import { classArchived } from "../classes/errors";
import { ownedClass } from "../classes/owned-class";
import { toAssignmentView } from "./assignment-view";
import { dueBeforeOpen } from "./errors";
import { ownedAssignment } from "./owned-assignment";
import { type TDuplicateAssignment } from "./schemas";

/**
 * Copies an assignment to one of the teacher's classes (the same class too) with a new title and
 * dates: the same items in the same order, settings, pass mark and item corrections (a corrected key
 * stays corrected). Not copied: attempts, accommodations (they belong to students of the source
 * class) and an early release.
 */
export async function duplicateAssignment(
  db: Db,
  teacherId: string,
  input: TDuplicateAssignment,
  now = new Date(),
) {
  const source = await ownedAssignment(db, teacherId, input.assignmentId);
  const target = await ownedClass(db, teacherId, input.classId);
  if (target.archivedAt) throw classArchived();
  const opensAt = input.opensAt ?? now;
  if (input.dueAt <= opensAt) throw dueBeforeOpen();
  const adjustments = await db.itemAdjustment.findMany({ where: { assignmentId: source.id } });
  const created = await db.assignment.create({
    data: {
      classId: target.id,
      title: input.title,
      lessonIds: source.lessonIds,
      skills: source.skills,
      itemIds: source.itemIds,
      handPicked: source.handPicked,
      shuffle: source.shuffle,
      timeLimitSec: source.timeLimitSec,
      maxAttempts: source.maxAttempts,
      opensAt,
      dueAt: input.dueAt,
      feedback: source.feedback,
      scoreRelease: source.scoreRelease,
      passPercent: source.passPercent,
      // One statement: the copy and its corrections are written together or not at all.
      adjustments: {
        create: adjustments.map((a) => ({
          itemId: a.itemId,
          action: a.action,
          acceptedKeys: (a.acceptedKeys ?? undefined) as Prisma.InputJsonValue | undefined,
          reason: a.reason,
        })),
      },
    },
    include: { adjustments: { where: { action: "DROP" }, select: { itemId: true } } },
  });
  return { ...toAssignmentView(created, created.adjustments.length), className: target.name };
}
