import { type Tx } from "../attempts/tx";
import { classNotFound } from "./errors";

/** The teacher's own class, or NOT_FOUND: another teacher's class looks exactly like no class. */
export async function ownedClass(db: Tx, teacherId: string, classId: string) {
  const found = await db.class.findFirst({ where: { id: classId, teacherId } });
  if (!found) throw classNotFound();
  return found;
}
