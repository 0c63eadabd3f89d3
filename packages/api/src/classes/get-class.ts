import { type Db } from "@dc/db";
import { extraSelect } from "../assignments/effective-accommodation";
import { byClassNumber } from "./by-class-number";
import { classSelect, toClassView } from "./class-view";
import { classNotFound } from "./errors";
import { taughtBy } from "./taught-by";

/**
 * One class the teacher owns or co-teaches, with its roster (current members by class number, then
 * name, each with their standing accommodation), former members (removed by a teacher or left by
 * themselves), and its co-teachers.
 */
export async function getClass(db: Db, teacherId: string, input: { classId: string }) {
  const found = await db.class.findFirst({
    where: { id: input.classId, ...taughtBy(teacherId) },
    select: {
      ...classSelect,
      enrollments: {
        select: {
          joinedAt: true,
          removedAt: true,
          leftByStudent: true,
          classNumber: true,
          ...extraSelect,
          student: { select: { id: true, name: true, email: true, loginId: true } },
        },
      },
      coTeachers: {
        orderBy: { addedAt: "asc" },
        select: { addedAt: true, teacher: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!found) throw classNotFound();
  const { enrollments, coTeachers, ...row } = found;
  const members = enrollments.map((e) => ({
    ...e.student,
    joinedAt: e.joinedAt,
    classNumber: e.classNumber,
    standing: {
      extraTimeMinutes: e.extraTimeSec / 60,
      extraTimePercent: e.extraTimePercent,
      extraAttempts: e.extraAttempts,
    },
    removedAt: e.removedAt,
    leftByStudent: e.leftByStudent,
  }));
  return {
    ...toClassView(row),
    /** True for the owner; a co-teacher cannot manage co-teachers or archive. */
    isOwner: row.teacherId === teacherId,
    students: members
      .filter((m) => m.removedAt === null)
      .map(({ removedAt: _r, leftByStudent: _l, ...m }) => m)
      .sort(byClassNumber),
    /** Students no longer in the class, most recent first: `left` when they left by themselves. */
    former: members
      .filter((m): m is typeof m & { removedAt: Date } => m.removedAt !== null)
      .sort((a, b) => b.removedAt.getTime() - a.removedAt.getTime())
      .map((m) => ({
        id: m.id,
        name: m.name,
        classNumber: m.classNumber,
        removedAt: m.removedAt,
        how: m.leftByStudent ? ("LEFT" as const) : ("REMOVED" as const),
      })),
    coTeachers: coTeachers.map((c) => ({ ...c.teacher, addedAt: c.addedAt })),
  };
}
