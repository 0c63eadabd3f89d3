import { type Db } from "@dc/db";
import { ownedClass } from "../classes/owned-class";
import { announcementSelect, toAnnouncementView } from "./announcement-view";

/** A class's announcements for its teachers, newest first. */
export async function listClassAnnouncements(db: Db, teacherId: string, input: { classId: string }) {
  const cls = await ownedClass(db, teacherId, input.classId);
  const rows = await db.announcement.findMany({
    where: { classId: cls.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: announcementSelect,
  });
  return rows.map(toAnnouncementView);
}

/**
 * The newest announcements of the classes a student is in now (not left or removed, not archived),
 * newest first, at most `limit`. Used by the student's class view, home and notifications.
 */
export async function listAnnouncementsForStudent(db: Db, userId: string, limit = 20) {
  const rows = await db.announcement.findMany({
    where: {
      class: { archivedAt: null, enrollments: { some: { studentId: userId, removedAt: null } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.max(1, Math.min(limit, 100)),
    select: announcementSelect,
  });
  return rows.map(toAnnouncementView);
}
