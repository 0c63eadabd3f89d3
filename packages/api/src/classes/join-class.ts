import { type Db } from "@dc/db";
import { classArchived, joinCodeInvalid } from "./errors";
import { normalizeJoinCode } from "./join-code";

/**
 * A student joins with the class's current code. Idempotent: joining a class one is already in
 * changes nothing; a removed student who has the current code is back on the roster.
 */
export async function joinClass(db: Db, studentId: string, input: { code: string }) {
  const code = normalizeJoinCode(input.code);
  if (!code) throw joinCodeInvalid();
  const found = await db.class.findUnique({
    where: { joinCode: code },
    select: { id: true, name: true, archivedAt: true, teacher: { select: { name: true } } },
  });
  if (!found) throw joinCodeInvalid();
  if (found.archivedAt) throw classArchived();
  const rows = await db.$queryRaw<{ classId: string }[]>`
    INSERT INTO "Enrollment" ("classId", "studentId", "joinedAt") VALUES (${found.id}, ${studentId}, now())
    ON CONFLICT ("classId", "studentId") DO UPDATE SET "removedAt" = NULL, "leftByStudent" = false, "joinedAt" = now()
      WHERE "Enrollment"."removedAt" IS NOT NULL
    RETURNING "classId"`;
  return {
    classId: found.id,
    name: found.name,
    teacherName: found.teacher.name,
    /** True when the student was already a member: nothing changed. */
    alreadyMember: rows.length === 0,
  };
}
