import { type Db } from "@dc/db";
import { loadNotifications } from "./load-notifications";

/**
 * Marks notifications read. Only keys the student's own notifications carry are stored, so a
 * guessed or foreign key writes nothing; repeating a mark is harmless.
 */
export async function markNotificationsRead(
  db: Db,
  userId: string,
  keys: readonly string[] | "ALL",
  now = new Date(),
) {
  const mine = await loadNotifications(db, userId, now);
  const wanted = keys === "ALL" ? null : new Set(keys);
  const toMark = mine.filter((n) => !n.read && (wanted === null || wanted.has(n.key))).map((n) => n.key);
  if (toMark.length) {
    await db.notificationRead.createMany({
      data: toMark.map((key) => ({ userId, key, readAt: now })),
      skipDuplicates: true,
    });
  }
  return { marked: toMark.length };
}
