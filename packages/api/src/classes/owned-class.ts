import { type Tx } from "../attempts/tx";
import { classNotFound, ownerOnly } from "./errors";
import { taughtBy } from "./taught-by";

/**
 * A class the teacher teaches (owns or co-teaches), or NOT_FOUND: another teacher's class looks
 * exactly like no class.
 */
export async function ownedClass(db: Tx, teacherId: string, classId: string) {
  const found = await db.class.findFirst({ where: { id: classId, ...taughtBy(teacherId) } });
  if (!found) throw classNotFound();
  return found;
}

/**
 * A class the teacher owns (Class.teacherId): managing co-teachers and archiving. A co-teacher gets
 * FORBIDDEN (they can see the class, so "not found" would be a lie); anyone else NOT_FOUND.
 */
export async function ownerClass(db: Tx, teacherId: string, classId: string) {
  const found = await ownedClass(db, teacherId, classId);
  if (found.teacherId !== teacherId) throw ownerOnly();
  return found;
}
