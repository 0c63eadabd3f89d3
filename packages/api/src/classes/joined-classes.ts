import { type Db } from "@dc/db";

/** The classes a student is in now (not removed, not archived), most recently joined first. */
export async function joinedClasses(db: Db, studentId: string) {
  const rows = await db.enrollment.findMany({
    where: { studentId, removedAt: null, class: { archivedAt: null } },
    orderBy: { joinedAt: "desc" },
    select: {
      joinedAt: true,
      class: { select: { id: true, name: true, teacher: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    classId: r.class.id,
    name: r.class.name,
    teacherName: r.class.teacher.name,
    joinedAt: r.joinedAt,
  }));
}
