import { type Db } from "@dc/db";
import { extendClassDeadlines } from "../attempts/extend-deadlines";
import { effectiveAccommodation, extraSelect } from "../assignments/effective-accommodation";
import { studentNotFound } from "./errors";
import { ownedClass } from "./owned-class";

/**
 * A standing accommodation on a class member (e.g. for an SEN student): extra minutes, extra time in
 * per cent of each time limit, extra attempts, for every assignment of the class, present and future,
 * except where an assignment has its own accommodation for the student (that one wins). Works for
 * roster-imported students before they ever sign in. An attempt the student has open now gets the
 * difference at once, as with a per-assignment accommodation.
 */
export async function setStandingAccommodation(
  db: Db,
  teacherId: string,
  input: {
    classId: string;
    studentId: string;
    extraTimeMinutes: number;
    extraTimePercent: number;
    extraAttempts: number;
  },
  now = new Date(),
) {
  const cls = await ownedClass(db, teacherId, input.classId);
  const next = {
    extraTimeSec: input.extraTimeMinutes * 60,
    extraTimePercent: input.extraTimePercent,
    extraAttempts: input.extraAttempts,
  };
  const key = { classId: cls.id, studentId: input.studentId };
  return db.$transaction(async (tx) => {
    const before = await tx.enrollment.findFirst({ where: { ...key, removedAt: null }, select: extraSelect });
    if (!before) throw studentNotFound();
    await tx.enrollment.update({ where: { classId_studentId: key }, data: next });
    const extended = await extendClassDeadlines(
      tx,
      { classId: cls.id, userId: input.studentId },
      (assignment) =>
        effectiveAccommodation(assignment, next, null).extraTimeSec -
        effectiveAccommodation(assignment, before, null).extraTimeSec,
      now,
    );
    return {
      classId: cls.id,
      studentId: input.studentId,
      extraTimeMinutes: input.extraTimeMinutes,
      extraTimePercent: input.extraTimePercent,
      extraAttempts: input.extraAttempts,
      /** Open timed attempts whose deadline moved. */
      openAttemptsExtended: extended,
    };
  });
}
