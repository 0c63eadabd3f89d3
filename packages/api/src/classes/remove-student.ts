import { type Db } from "@dc/db";
import { closeOpenAttempts } from "../attempts/close-open-attempts";
import { studentNotFound } from "./errors";
import { ownedClass } from "./owned-class";

/**
 * Takes a student off the roster. Their attempts stay (a regrade or a rejoin finds them), an attempt
 * they had open is closed and scored as it stands, and they leave the class's lists and can start nothing; to come back they join again with the class's
 * current code (rotate it first to keep them out).
 */
export async function removeStudent(
  db: Db,
  teacherId: string,
  input: { classId: string; studentId: string },
) {
  await ownedClass(db, teacherId, input.classId);
  const { count } = await db.enrollment.updateMany({
    where: { classId: input.classId, studentId: input.studentId, removedAt: null },
    data: { removedAt: new Date() },
  });
  if (!count) throw studentNotFound();
  const attemptsClosed = await closeOpenAttempts(db, input);
  return { classId: input.classId, studentId: input.studentId, removed: true as const, attemptsClosed };
}
