import { type Db } from "@dc/db";
import { taughtBy } from "../classes/taught-by";
import { announcementNotFound } from "./errors";

/** Any teacher of the class deletes one of its announcements; students no longer see it. */
export async function deleteAnnouncement(db: Db, teacherId: string, input: { announcementId: string }) {
  const { count } = await db.announcement.deleteMany({
    where: { id: input.announcementId, class: taughtBy(teacherId) },
  });
  if (!count) throw announcementNotFound();
  return { announcementId: input.announcementId, deleted: true as const };
}
