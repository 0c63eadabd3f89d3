import { type Db } from "@dc/db";
import { closeOpenAttempts } from "../attempts/close-open-attempts";
import { classNotFound } from "./errors";

/**
 * A student leaves a class. As when a teacher removes them, their work stays with the teacher and an
 * attempt they had open is closed and scored as it stands; the roster shows that they left. They can
 * join again with the class's current code.
 */
export async function leaveClass(db: Db, studentId: string, input: { classId: string }) {
  const { count } = await db.enrollment.updateMany({
    where: { classId: input.classId, studentId, removedAt: null },
    data: { removedAt: new Date(), leftByStudent: true },
  });
  if (!count) throw classNotFound();
  const attemptsClosed = await closeOpenAttempts(db, { classId: input.classId, studentId });
  return { classId: input.classId, left: true as const, attemptsClosed };
}
