import { type Db } from "@dc/db";
import { finalizeAttempt } from "./submit-attempt";

/**
 * Closes the open assignment attempts of a class (or of one student in it) and scores them as they
 * stand, as the timer would: used when a student is removed and when a class is archived, so nobody
 * keeps working on, saving or submitting an assignment of a class they are no longer in. Each close
 * is the engine's own `finalizeAttempt` (scored once, even if the student submits at that moment;
 * a save arriving afterwards finds the attempt submitted).
 */
export async function closeOpenAttempts(
  db: Db,
  input: { classId: string; studentId?: string },
  now = new Date(),
) {
  const open = await db.attempt.findMany({
    where: {
      status: "IN_PROGRESS",
      assignment: { classId: input.classId },
      ...(input.studentId ? { userId: input.studentId } : {}),
    },
    select: { id: true, userId: true },
  });
  for (const attempt of open) {
    await finalizeAttempt(db, attempt.userId, attempt.id, { auto: true, now });
  }
  return open.length;
}
