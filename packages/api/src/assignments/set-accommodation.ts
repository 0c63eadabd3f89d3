import { type Db } from "@dc/db";
import { GRACE_MS } from "../attempts/policy";
import { studentNotFound } from "../classes/errors";
import { ownedAssignment } from "./owned-assignment";
import { type TAccommodation } from "./schemas";

/**
 * Gives one student of the class extra time and/or extra attempts on one assignment (zero and zero
 * removes the accommodation). Extra time also moves the deadline of an attempt the student has open
 * now, by the difference, so a change made during the quiz helps at once.
 */
export async function setAccommodation(db: Db, teacherId: string, input: TAccommodation, now = new Date()) {
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  const member = await db.enrollment.findFirst({
    where: { classId: assignment.classId, studentId: input.studentId, removedAt: null },
  });
  if (!member) throw studentNotFound();
  const extraTimeSec = input.extraTimeMinutes * 60;
  const key = { assignmentId: assignment.id, studentId: input.studentId };
  return db.$transaction(async (tx) => {
    const before = await tx.accommodation.findUnique({ where: { assignmentId_studentId: key } });
    if (extraTimeSec === 0 && input.extraAttempts === 0) {
      await tx.accommodation.deleteMany({ where: key });
    } else {
      const data = { extraTimeSec, extraAttempts: input.extraAttempts };
      await tx.accommodation.upsert({
        where: { assignmentId_studentId: key },
        create: { ...key, ...data },
        update: data,
      });
    }
    const deltaSec = extraTimeSec - (before?.extraTimeSec ?? 0);
    const extended = deltaSec
      ? await tx.$executeRaw`
          UPDATE "Attempt" SET deadline = deadline + make_interval(secs => ${deltaSec}::float8)
          WHERE "assignmentId" = ${assignment.id} AND "userId" = ${input.studentId}
            AND status = 'IN_PROGRESS' AND deadline IS NOT NULL
            AND deadline > ${new Date(now.getTime() - GRACE_MS)}`
      : 0;
    return {
      assignmentId: assignment.id,
      studentId: input.studentId,
      extraTimeMinutes: input.extraTimeMinutes,
      extraAttempts: input.extraAttempts,
      /** Open timed attempts whose deadline moved. */
      openAttemptsExtended: extended,
    };
  });
}
