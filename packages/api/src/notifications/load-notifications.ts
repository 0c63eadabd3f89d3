import { type Db } from "@dc/db";
import { deriveNotifications, NOTIFICATION_WINDOW_MS, type TFeedAssignment } from "./derive";

/**
 * Reads what the student's notifications are derived from: one statement for their classes, then
 * four in parallel (assignments, their first hand-ins, announcements, read keys).
 */
export async function loadStudentFeed(db: Db, userId: string, now = new Date()) {
  const enrollments = await db.enrollment.findMany({
    where: { studentId: userId, removedAt: null, class: { archivedAt: null } },
    select: { classId: true, joinedAt: true, removedAt: true, class: { select: { name: true } } },
  });
  const classIds = enrollments.map((e) => e.classId);
  if (!classIds.length) return { classCount: 0, notifications: [], announcements: [] };
  const since = new Date(now.getTime() - NOTIFICATION_WINDOW_MS);
  const [assignments, handIns, announcements, reads] = await Promise.all([
    db.assignment.findMany({
      // Anything that can still make news: created, due or released within the window.
      where: {
        classId: { in: classIds },
        OR: [{ createdAt: { gte: since } }, { dueAt: { gte: since } }, { releasedAt: { gte: since } }],
      },
      select: {
        id: true,
        classId: true,
        title: true,
        createdAt: true,
        opensAt: true,
        dueAt: true,
        scoreRelease: true,
        releasedAt: true,
      },
    }),
    db.attempt.groupBy({
      by: ["assignmentId"],
      where: { userId, kind: "ASSIGNMENT", status: "SUBMITTED", assignment: { classId: { in: classIds } } },
      _min: { submittedAt: true },
    }),
    db.announcement.findMany({
      where: { classId: { in: classIds }, createdAt: { gte: since } },
      select: { id: true, classId: true, body: true, createdAt: true },
    }),
    db.notificationRead.findMany({ where: { userId, readAt: { gte: since } }, select: { key: true } }),
  ]);
  const firstHandIn = new Map(handIns.map((h) => [h.assignmentId, h._min.submittedAt]));
  const classes = enrollments.map((e) => ({
    classId: e.classId,
    className: e.class.name,
    joinedAt: e.joinedAt,
    removedAt: e.removedAt,
  }));
  const className = new Map(classes.map((c) => [c.classId, c.className]));
  const notifications = deriveNotifications({
    enrollments: classes,
    assignments: assignments.map(
      (a): TFeedAssignment => ({ ...a, submittedAt: firstHandIn.get(a.id) ?? null }),
    ),
    announcements,
    readKeys: new Set(reads.map((r) => r.key)),
    now,
  });
  return {
    /** The classes the student is in now. */
    classCount: classIds.length,
    notifications,
    /** Newest first, each with its class's name. */
    announcements: announcements
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((a) => ({ ...a, className: className.get(a.classId) ?? "" })),
  };
}

/** The student's notifications, newest first (see derive.ts). */
export async function loadNotifications(db: Db, userId: string, now = new Date()) {
  return (await loadStudentFeed(db, userId, now)).notifications;
}
