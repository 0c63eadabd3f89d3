import { type Db } from "@dc/db";
import { alreadyTeaches, coTeacherNotFound, teacherNotFound } from "./errors";
import { ownerClass } from "./owned-class";

/**
 * The owner adds a co-teacher by email or login id: a confirmed, active teacher, who then has the
 * owner's rights over the class except managing co-teachers and archiving. Adding the owner or a
 * co-teacher again is ALREADY_TEACHES; anyone who is not a confirmed teacher is TEACHER_NOT_FOUND.
 */
export async function addCoTeacher(db: Db, ownerId: string, input: { classId: string; teacher: string }) {
  const cls = await ownerClass(db, ownerId, input.classId);
  const who = input.teacher.trim();
  const teacher = await db.user.findFirst({
    where: {
      OR: [{ email: who.toLowerCase() }, { loginId: who }],
      role: "TEACHER",
      teacherConfirmedAt: { not: null },
      deactivatedAt: null,
    },
    select: { id: true, name: true, email: true },
  });
  if (!teacher) throw teacherNotFound();
  if (teacher.id === cls.teacherId) throw alreadyTeaches();
  const created = await db.classTeacher.createMany({
    data: [{ classId: cls.id, teacherId: teacher.id }],
    skipDuplicates: true,
  });
  if (created.count === 0) throw alreadyTeaches();
  return { classId: cls.id, teacher };
}

/** The owner takes a co-teacher off the class; from then on the class is "not found" for them. */
export async function removeCoTeacher(
  db: Db,
  ownerId: string,
  input: { classId: string; teacherId: string },
) {
  const cls = await ownerClass(db, ownerId, input.classId);
  const { count } = await db.classTeacher.deleteMany({
    where: { classId: cls.id, teacherId: input.teacherId },
  });
  if (!count) throw coTeacherNotFound();
  return { classId: cls.id, teacherId: input.teacherId, removed: true as const };
}
