import { type Db } from "@dc/db";
import { scoresReleased } from "../attempts/policy";
import { assignmentStatus, isLate, percentOf } from "./status";
import { effectiveAccommodation, extraSelect } from "./effective-accommodation";

/**
 * The student's assigned work across the classes they are in (or one class), by due time, with
 * its status, attempts and what they can do next. A fixed handful of queries.
 */
export async function studentAssignments(
  db: Db,
  studentId: string,
  input: { classId?: string },
  now = new Date(),
) {
  const assignments = await db.assignment.findMany({
    where: {
      ...(input.classId ? { classId: input.classId } : {}),
      class: { archivedAt: null, enrollments: { some: { studentId, removedAt: null } } },
    },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      classId: true,
      title: true,
      itemIds: true,
      timeLimitSec: true,
      maxAttempts: true,
      opensAt: true,
      dueAt: true,
      feedback: true,
      scoreRelease: true,
      releasedAt: true,
      class: { select: { name: true, enrollments: { where: { studentId }, select: extraSelect } } },
      accommodations: { where: { studentId }, select: extraSelect },
      adjustments: { where: { action: "DROP" }, select: { itemId: true } },
    },
  });
  const ids = assignments.map((a) => a.id);
  const attempts = ids.length
    ? await db.attempt.findMany({
        where: { userId: studentId, assignmentId: { in: ids } },
        orderBy: { startedAt: "asc" },
        select: {
          id: true,
          assignmentId: true,
          status: true,
          startedAt: true,
          submittedAt: true,
          deadline: true,
          autoSubmitted: true,
          score: true,
          maxScore: true,
        },
      })
    : [];

  return assignments.map((a) => {
    const mine = attempts.filter((t) => t.assignmentId === a.id);
    const { status, counted, open } = assignmentStatus(mine, a.dueAt, now);
    const extra = effectiveAccommodation(a, a.class.enrollments[0], a.accommodations[0]);
    const allowed = extra.attemptsAllowed;
    // Scores, like keys, follow the teacher's setting: a hidden score would otherwise be an oracle.
    const shown = scoresReleased(a, now);
    const next: "NOT_OPEN" | "RESUME" | "START" | "NO_ATTEMPTS_LEFT" =
      now < a.opensAt ? "NOT_OPEN" : open ? "RESUME" : mine.length < allowed ? "START" : "NO_ATTEMPTS_LEFT";
    return {
      id: a.id,
      classId: a.classId,
      className: a.class.name,
      title: a.title,
      itemCount: a.itemIds.length,
      maxScore: a.itemIds.length - a.adjustments.length,
      /** Including the student's extra time; null when untimed. */
      timeLimitMinutes: extra.timeLimitSec === null ? null : extra.timeLimitSec / 60,
      extraTimeMinutes: extra.extraTimeSec / 60,
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      feedback: a.feedback,
      scoreRelease: a.scoreRelease,
      /** True once the teacher released keys and scores early ("release now"): both settings are then moot. */
      releasedEarly: a.releasedAt !== null && now >= a.releasedAt,
      /** False while the scores are withheld: every score and percent below is then null. */
      scoresShown: shown,
      status,
      /** What the student can do now: START, RESUME (openAttemptId), NOT_OPEN or NO_ATTEMPTS_LEFT. */
      next,
      openAttemptId: open?.id ?? null,
      attemptsUsed: mine.length,
      attemptsAllowed: allowed,
      /** The attempt that counts (the best one), or null. */
      best: counted
        ? {
            attemptId: counted.id,
            score: shown ? counted.score : null,
            maxScore: counted.maxScore,
            percent: shown ? percentOf(counted) : null,
            pending: awaitsGrading(counted),
          }
        : null,
      attempts: mine.map((t, index) => ({
        attemptId: t.id,
        number: index + 1,
        status: t.status,
        startedAt: t.startedAt,
        submittedAt: t.submittedAt,
        deadline: t.deadline,
        score: shown ? t.score : null,
        maxScore: t.maxScore,
        percent: shown ? percentOf(t) : null,
        pending: awaitsGrading(t),
        late: isLate(t, a.dueAt),
      })),
    };
  });
}

/** A submitted attempt without a score: written answers wait for the teacher's marking. */
const awaitsGrading = (t: { status: string; score: number | null }) =>
  t.status === "SUBMITTED" && t.score === null;
