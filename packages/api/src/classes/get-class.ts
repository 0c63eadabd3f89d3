import { type Db } from "@dc/db";
import { classSelect, toClassView } from "./class-view";
import { classNotFound } from "./errors";

/** One of the teacher's classes with its roster (current members, by class number, then name). */
export async function getClass(db: Db, teacherId: string, input: { classId: string }) {
  const found = await db.class.findFirst({
    where: { id: input.classId, teacherId },
    select: {
      ...classSelect,
      enrollments: {
        where: { removedAt: null },
        select: {
          joinedAt: true,
          classNumber: true,
          student: { select: { id: true, name: true, email: true, loginId: true } },
        },
      },
    },
  });
  if (!found) throw classNotFound();
  const { enrollments, ...row } = found;
  return {
    ...toClassView(row),
    students: enrollments
      .map((e) => ({ ...e.student, joinedAt: e.joinedAt, classNumber: e.classNumber }))
      // By class number (學號) where the roster gave one, then by name.
      .sort(
        (a, b) =>
          (a.classNumber ?? Infinity) - (b.classNumber ?? Infinity) ||
          a.name.localeCompare(b.name, "zh-Hant") ||
          (a.email ?? "").localeCompare(b.email ?? ""),
      ),
  };
}
