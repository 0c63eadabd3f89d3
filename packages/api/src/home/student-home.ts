import { type Db } from "@dc/db";
import { studentAssignments } from "../assignments/student-assignments";
import { loadStudentFeed } from "../notifications/load-notifications";
import { reviewSummary } from "../review/start-review";

/** A missed assignment stays on the home this long, marked 欠交; after that it lives on /assignments. */
export const OVERDUE_SHOWN_MS = 7 * 24 * 60 * 60_000;
const HOME_ASSIGNMENTS = 6;
const HOME_ANNOUNCEMENTS = 5;

/**
 * Everything the student home shows, in one call: work to do (soonest due first, overdue marked),
 * today's review, where reading stopped, results newly released, announcements. The four parts are
 * read in parallel; each is a handful of statements.
 */
export async function studentHome(db: Db, userId: string, now = new Date()) {
  const [assignments, review, reading, feed] = await Promise.all([
    studentAssignments(db, userId, {}, now),
    reviewSummary(db, userId, now),
    db.readingProgress.findFirst({
      where: { userId, completedAt: null, lastParagraphId: { not: null } },
      orderBy: { updatedAt: "desc" },
      select: { lessonId: true, lastParagraphId: true, seenParagraphs: true, updatedAt: true },
    }),
    loadStudentFeed(db, userId, now),
  ]);
  const todo = assignments
    .filter(
      (a) =>
        a.status === "NOT_STARTED" ||
        a.status === "IN_PROGRESS" ||
        (a.status === "MISSED" && a.next === "START" && now.getTime() - a.dueAt.getTime() < OVERDUE_SHOWN_MS),
    )
    .map((a) => ({
      id: a.id,
      title: a.title,
      className: a.className,
      dueAt: a.dueAt,
      opensAt: a.opensAt,
      overdue: a.status === "MISSED",
      next: a.next,
      openAttemptId: a.openAttemptId,
      itemCount: a.itemCount,
      timeLimitMinutes: a.timeLimitMinutes,
    }))
    // Overdue first (most urgent), then by due time.
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.getTime() - b.dueAt.getTime());
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const results = feed.notifications
    .filter((n) => n.kind === "results.released")
    .flatMap((n) => {
      const a = byId.get(n.key.slice("results.released:".length));
      return a?.best
        ? [
            {
              assignmentId: a.id,
              title: a.title,
              className: a.className,
              releasedAt: n.at,
              percent: a.best.percent,
              pending: a.best.pending,
              attemptId: a.best.attemptId,
              isNew: !n.read,
            },
          ]
        : [];
    });
  return {
    classCount: feed.classCount,
    assignments: todo.slice(0, HOME_ASSIGNMENTS),
    moreAssignments: Math.max(0, todo.length - HOME_ASSIGNMENTS),
    review,
    reading: reading
      ? {
          lessonId: reading.lessonId,
          paragraphId: reading.lastParagraphId!,
          seen: reading.seenParagraphs.length,
          updatedAt: reading.updatedAt,
        }
      : null,
    results,
    announcements: feed.announcements.slice(0, HOME_ANNOUNCEMENTS),
    unreadNotifications: feed.notifications.filter((n) => !n.read).length,
  };
}
