/**
 * In-app notifications are derived from the data, not stored: a new assignment, one due within 24 h
 * and not yet handed in, results released, an announcement. Only their read state is kept
 * (NotificationRead, by key), so nothing has to be written when a teacher acts.
 */

export const DUE_SOON_MS = 24 * 60 * 60_000;
/** Older notifications drop off the list (their read rows stay harmless). */
export const NOTIFICATION_WINDOW_MS = 30 * 24 * 60 * 60_000;
export const MAX_NOTIFICATIONS = 30;

export type TNotificationKind = "assignment.new" | "assignment.due" | "results.released" | "announcement";

export type TFeedEnrollment = { classId: string; className: string; joinedAt: Date; removedAt: Date | null };
export type TFeedAssignment = {
  id: string;
  classId: string;
  title: string;
  createdAt: Date;
  opensAt: Date;
  dueAt: Date;
  scoreRelease: "IMMEDIATE" | "AFTER_DUE" | "NEVER";
  releasedAt: Date | null;
  /** When this student first handed it in; null when they have not. */
  submittedAt: Date | null;
};
export type TFeedAnnouncement = { id: string; classId: string; body: string; createdAt: Date };

export type TNotification = {
  key: string;
  kind: TNotificationKind;
  at: Date;
  classId: string;
  className: string;
  /** The assignment's title, or the announcement's text. */
  text: string;
  /** Where the notification leads. */
  href: string;
  read: boolean;
};

/**
 * When a submitted assignment's results reached the student later than the submission itself:
 * the teacher's "release now", or the due time for results shown after it. Results shown at once
 * (IMMEDIATE) were seen on submitting, and NEVER is never.
 */
export function resultsReleasedAt(a: TFeedAssignment): Date | null {
  if (!a.submittedAt) return null;
  if (a.releasedAt) return a.releasedAt > a.submittedAt ? a.releasedAt : null;
  if (a.scoreRelease === "AFTER_DUE") return a.dueAt > a.submittedAt ? a.dueAt : null;
  return null;
}

export const notificationKey = (kind: TNotificationKind, id: string) => `${kind}:${id}`;

/** The student's notifications, newest first: only of classes they are still in, only since they joined. */
export function deriveNotifications(input: {
  enrollments: readonly TFeedEnrollment[];
  assignments: readonly TFeedAssignment[];
  announcements: readonly TFeedAnnouncement[];
  readKeys: ReadonlySet<string>;
  now: Date;
}): TNotification[] {
  const { now } = input;
  const classes = new Map(input.enrollments.filter((e) => e.removedAt === null).map((e) => [e.classId, e]));
  const since = now.getTime() - NOTIFICATION_WINDOW_MS;
  const out: Omit<TNotification, "read">[] = [];
  const add = (n: Omit<TNotification, "read" | "className">) => {
    const enrollment = classes.get(n.classId);
    if (!enrollment || n.at > now || n.at.getTime() < since) return;
    out.push({ ...n, className: enrollment.className });
  };
  for (const a of input.assignments) {
    const joinedAt = classes.get(a.classId)?.joinedAt;
    if (!joinedAt) continue;
    const href = "/assignments";
    // An assignment set before the student joined is not news to them: it is simply on their list.
    if (a.createdAt >= joinedAt) {
      add({
        key: notificationKey("assignment.new", a.id),
        kind: "assignment.new",
        at: a.createdAt,
        classId: a.classId,
        text: a.title,
        href,
      });
    }
    const dueSoonFrom = new Date(Math.max(a.dueAt.getTime() - DUE_SOON_MS, a.opensAt.getTime()));
    if (!a.submittedAt && now >= dueSoonFrom && now < a.dueAt) {
      add({
        key: notificationKey("assignment.due", a.id),
        kind: "assignment.due",
        at: dueSoonFrom,
        classId: a.classId,
        text: a.title,
        href,
      });
    }
    const released = resultsReleasedAt(a);
    if (released) {
      add({
        key: notificationKey("results.released", a.id),
        kind: "results.released",
        at: released,
        classId: a.classId,
        text: a.title,
        href,
      });
    }
  }
  for (const n of input.announcements) {
    const joinedAt = classes.get(n.classId)?.joinedAt;
    if (!joinedAt || n.createdAt < joinedAt) continue;
    add({
      key: notificationKey("announcement", n.id),
      kind: "announcement",
      at: n.createdAt,
      classId: n.classId,
      text: n.body,
      href: "/learn#announcements",
    });
  }
  return out
    .sort((a, b) => b.at.getTime() - a.at.getTime() || a.key.localeCompare(b.key))
    .slice(0, MAX_NOTIFICATIONS)
    .map((n) => ({ ...n, read: input.readKeys.has(n.key) }));
}
