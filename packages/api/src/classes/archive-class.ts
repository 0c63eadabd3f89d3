import { type Db } from "@dc/db";
import { classView } from "./class-view";
import { closeOpenAttempts } from "../attempts/close-open-attempts";
import { ownerClass } from "./owned-class";

/**
 * Archiving ends a class: nobody can join it or start its assignments, open attempts of its
 * assignments are closed and scored as they stand, and it leaves the students' lists; its results stay for the teacher. Only the owner archives (a co-teacher gets OWNER_ONLY). Unarchiving restores it. Archiving twice keeps the first date.
 */
export async function archiveClass(db: Db, teacherId: string, input: { classId: string; archived: boolean }) {
  const found = await ownerClass(db, teacherId, input.classId);
  await db.class.update({
    where: { id: found.id },
    data: { archivedAt: input.archived ? (found.archivedAt ?? new Date()) : null },
  });
  if (input.archived) await closeOpenAttempts(db, { classId: found.id });
  return classView(db, found.id);
}
