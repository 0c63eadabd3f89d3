import { type Db } from "@dc/db";
import { classView } from "./class-view";
import { ownedClass } from "./owned-class";

export async function renameClass(db: Db, teacherId: string, input: { classId: string; name: string }) {
  await ownedClass(db, teacherId, input.classId);
  await db.class.update({ where: { id: input.classId }, data: { name: input.name } });
  return classView(db, input.classId);
}
