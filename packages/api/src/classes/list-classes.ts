import { type Db } from "@dc/db";
import { classSelect, toClassView } from "./class-view";
import { taughtBy } from "./taught-by";

/** The classes the teacher owns or co-teaches, newest first; archived ones only when asked for. */
export async function listClasses(db: Db, teacherId: string, input: { includeArchived?: boolean }) {
  const rows = await db.class.findMany({
    where: { ...taughtBy(teacherId), ...(input.includeArchived ? {} : { archivedAt: null }) },
    orderBy: { createdAt: "desc" },
    select: classSelect,
  });
  return rows.map((row) => ({ ...toClassView(row), isOwner: row.teacherId === teacherId }));
}
