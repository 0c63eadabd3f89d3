import { type Db } from "@dc/db";
import { classArchived } from "../classes/errors";
import { ownedClass } from "../classes/owned-class";
import { toAssignmentView } from "./assignment-view";
import { dueBeforeOpen } from "./errors";
import { type TCreateAssignment } from "./schemas";
import { selectItems } from "./select-items";

/**
 * Assigns a quiz to one of the teacher's classes. The items are fixed here, once, so every student
 * answers the same set (each attempt shuffles their order when `shuffle` is on). A due time in the
 * past is allowed (make-up work): every start is then late.
 */
export async function createAssignment(
  db: Db,
  teacherId: string,
  input: TCreateAssignment,
  now = new Date(),
) {
  const cls = await ownedClass(db, teacherId, input.classId);
  if (cls.archivedAt) throw classArchived();
  const opensAt = input.opensAt ?? now;
  if (input.dueAt <= opensAt) throw dueBeforeOpen();
  const selected = selectItems(input.selection);
  const created = await db.assignment.create({
    data: {
      classId: cls.id,
      title: input.title,
      ...selected,
      shuffle: input.shuffle,
      timeLimitSec: input.timeLimitMinutes === null ? null : input.timeLimitMinutes * 60,
      maxAttempts: input.maxAttempts,
      opensAt,
      dueAt: input.dueAt,
      feedback: input.feedback,
      scoreRelease: input.scoreRelease,
      passPercent: input.passPercent,
    },
  });
  return toAssignmentView(created);
}
