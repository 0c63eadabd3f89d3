import { type Db } from "@dc/db";
import { classView } from "./class-view";
import { classNotFound } from "./errors";

export async function renameClass(db: Db, teacherId: string, input: { classId: string; name: string }) {
  const { count } = await db.class.updateMany({
    where: { id: input.classId, teacherId },
    data: { name: input.name },
  });
  if (!count) throw classNotFound();
  return classView(db, input.classId);
}
