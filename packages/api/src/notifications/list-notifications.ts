import { type Db } from "@dc/db";
import { loadNotifications } from "./load-notifications";

/** The student's notifications, newest first, with how many are unread (the bell's count). */
export async function listNotifications(db: Db, userId: string) {
  const items = await loadNotifications(db, userId);
  return { items, unread: items.filter((n) => !n.read).length };
}
