import { type Db } from "@dc/db";
import { classSelect, toClassView } from "./class-view";

/** The teacher's own classes, newest first; archived ones only when asked for. */
export async function listClasses(db: Db, teacherId: string, input: { includeArchived?: boolean }) {
  const rows = await db.class.findMany({
    where: { teacherId, ...(input.includeArchived ? {} : { archivedAt: null }) },
    orderBy: { createdAt: "desc" },
    select: classSelect,
  });
  return rows.map(toClassView);
}
