import { type Db } from "@dc/db";
import { classView } from "./class-view";
import { withFreshJoinCode } from "./create-class";
import { ownedClass } from "./owned-class";

/** A new code replaces the old one at once: the old code joins nobody any more. Members stay. */
export async function rotateJoinCode(db: Db, teacherId: string, input: { classId: string }) {
  const found = await ownedClass(db, teacherId, input.classId);
  await withFreshJoinCode((joinCode) => db.class.update({ where: { id: found.id }, data: { joinCode } }));
  return classView(db, found.id);
}
