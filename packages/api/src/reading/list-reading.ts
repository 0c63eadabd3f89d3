import { LESSON_IDS } from "@dc/content";
import { type Db } from "@dc/db";
import { toReading } from "./save-reading";

/** The reader's progress in every lesson, in lesson order (a lesson never opened has none). */
export async function listReading(db: Db, userId: string) {
  const rows = await db.readingProgress.findMany({ where: { userId } });
  return LESSON_IDS.map((id) => toReading(id, rows.find((r) => r.lessonId === id) ?? null));
}
