import { type Db } from "@dc/db";
import { extendAssignmentDeadlines } from "../attempts/extend-deadlines";
import { studentNotFound } from "../classes/errors";
import { effectiveAccommodation, extraSelect, isNoExtra, sameExtra } from "./effective-accommodation";
import { ownedAssignment } from "./owned-assignment";
import { type TAccommodation } from "./schemas";

/**
 * Gives one student of the class extra time (minutes and/or per cent of the time limit) and/or extra
 * attempts on one assignment, overriding their standing accommodation on the class (if any) for this
 * assignment only. Setting exactly the standing values (or zero everywhere without a standing one)
 * removes the override, so the assignment follows the standing accommodation again. Extra time also
 * moves the deadline of an attempt the student has open now, by the difference, so a change made
 * during the quiz helps at once.
 */
export async function setAccommodation(db: Db, teacherId: string, input: TAccommodation, now = new Date()) {
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  const member = await db.enrollment.findFirst({
    where: { classId: assignment.classId, studentId: input.studentId, removedAt: null },
    select: extraSelect,
  });
  if (!member) throw studentNotFound();
  const wanted = {
    extraTimeSec: input.extraTimeMinutes * 60,
    extraTimePercent: input.extraTimePercent,
    extraAttempts: input.extraAttempts,
  };
  const followsStanding = sameExtra(wanted, member) || (isNoExtra(wanted) && isNoExtra(member));
  const key = { assignmentId: assignment.id, studentId: input.studentId };
  return db.$transaction(async (tx) => {
    const before = await tx.accommodation.findUnique({
      where: { assignmentId_studentId: key },
      select: extraSelect,
    });
    if (followsStanding) {
      await tx.accommodation.deleteMany({ where: key });
    } else {
      await tx.accommodation.upsert({
        where: { assignmentId_studentId: key },
        create: { ...key, ...wanted },
        update: wanted,
      });
    }
    const deltaSec =
      effectiveAccommodation(assignment, member, followsStanding ? null : wanted).extraTimeSec -
      effectiveAccommodation(assignment, member, before).extraTimeSec;
    const extended = deltaSec
      ? await extendAssignmentDeadlines(
          tx,
          { assignmentId: assignment.id, userId: input.studentId, deltaSec },
          now,
        )
      : 0;
    return {
      assignmentId: assignment.id,
      studentId: input.studentId,
      extraTimeMinutes: input.extraTimeMinutes,
      extraTimePercent: input.extraTimePercent,
      extraAttempts: input.extraAttempts,
      /** False when this assignment now follows the student's standing accommodation. */
      overrides: !followsStanding,
      /** Open timed attempts whose deadline moved. */
      openAttemptsExtended: extended,
    };
  });
}
