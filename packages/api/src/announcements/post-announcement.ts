import { type Db } from "@dc/db";
import { TRPCError } from "@trpc/server";
import { classArchived } from "../classes/errors";
import { ownedClass } from "../classes/owned-class";
import { announcementSelect, toAnnouncementView } from "./announcement-view";
import { tidyNotice } from "./notice-text";

/** A teacher of the class (owner or co-teacher) posts a short notice to its students. */
export async function postAnnouncement(
  db: Db,
  teacherId: string,
  input: { classId: string; notice: string },
) {
  const cls = await ownedClass(db, teacherId, input.classId);
  if (cls.archivedAt) throw classArchived();
  const body = tidyNotice(input.notice);
  if (!body) throw new TRPCError({ code: "BAD_REQUEST", message: "NOTICE_REQUIRED" });
  const created = await db.announcement.create({
    data: { classId: cls.id, authorId: teacherId, body },
    select: announcementSelect,
  });
  return toAnnouncementView(created);
}
