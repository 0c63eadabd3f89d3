import { type Db } from "@dc/db";
import { classNumberTaken, studentNotFound } from "./errors";
import { ownedClass } from "./owned-class";

/**
 * Gives a current member a class number (學號), or clears it (null). Numbers are unique among the
 * class's current members: a number another member has is CLASS_NUMBER_TAKEN, and nothing changes.
 * The class row is locked so two teachers giving the same number at once cannot both succeed.
 */
export async function setClassNumber(
  db: Db,
  teacherId: string,
  input: { classId: string; studentId: string; classNumber: number | null },
) {
  const cls = await ownedClass(db, teacherId, input.classId);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Class" WHERE id = ${cls.id} FOR UPDATE`;
    const member = await tx.enrollment.findFirst({
      where: { classId: cls.id, studentId: input.studentId, removedAt: null },
      select: { studentId: true },
    });
    if (!member) throw studentNotFound();
    if (input.classNumber !== null) {
      const holder = await tx.enrollment.findFirst({
        where: {
          classId: cls.id,
          classNumber: input.classNumber,
          removedAt: null,
          studentId: { not: input.studentId },
        },
        select: { student: { select: { name: true } } },
      });
      if (holder) throw classNumberTaken();
    }
    await tx.enrollment.update({
      where: { classId_studentId: { classId: cls.id, studentId: input.studentId } },
      data: { classNumber: input.classNumber },
    });
    return { classId: cls.id, studentId: input.studentId, classNumber: input.classNumber };
  });
}
