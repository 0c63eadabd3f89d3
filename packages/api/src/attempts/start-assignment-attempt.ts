import { hotQuery, type Db } from "@dc/db";
import { effectiveAccommodation, type TExtra } from "../assignments/effective-accommodation";
import { assignmentNotFound, assignmentNotOpen } from "../assignments/errors";
import { finalizeExpiredAttempts } from "../assignments/finalize-expired";
import { classArchived } from "../classes/errors";
import { shuffle } from "./draw-items";
import { openAssignmentAttempt } from "./open-assignment-attempt";
import { GRACE_MS, isExpired } from "./policy";

type TStartFacts = {
  id: string;
  itemIds: string[];
  shuffle: boolean;
  timeLimitSec: number | null;
  maxAttempts: number;
  opensAt: Date;
  dueAt: Date;
  archivedAt: Date | null;
  /** The class member's standing accommodation and this assignment's own one (null: none). */
  standing: TExtra;
  override: TExtra | null;
  /** The student's attempts at it so far; a deadline in ms since the epoch. */
  attempts: { id: string; status: string; deadlineMs: number | null }[];
};

/**
 * Everything a start decides on, in one statement (sent without Prisma's query compiler, as a whole
 * class presses Start within a minute): the assignment, if it is of a class the student is in, with
 * the class's archive date, both accommodations and the student's attempts at it.
 */
async function startFacts(db: Db, studentId: string, assignmentId: string) {
  const [row] = await hotQuery<TStartFacts>(
    db,
    `SELECT s.id, s."itemIds", s.shuffle, s."timeLimitSec", s."maxAttempts", s."opensAt", s."dueAt", c."archivedAt",
      json_build_object('extraTimeSec', e."extraTimeSec", 'extraTimePercent', e."extraTimePercent",
        'extraAttempts', e."extraAttempts") AS standing,
      CASE WHEN ac."studentId" IS NULL THEN NULL ELSE json_build_object('extraTimeSec', ac."extraTimeSec",
        'extraTimePercent', ac."extraTimePercent", 'extraAttempts', ac."extraAttempts") END AS override,
      COALESCE((SELECT json_agg(json_build_object('id', a.id, 'status', a.status,
          'deadlineMs', floor(extract(epoch FROM a.deadline) * 1000)))
        FROM "Attempt" a WHERE a."assignmentId" = s.id AND a."userId" = $2), '[]'::json) AS attempts
    FROM "Assignment" s
    JOIN "Class" c ON c.id = s."classId"
    JOIN "Enrollment" e ON e."classId" = s."classId" AND e."studentId" = $2 AND e."removedAt" IS NULL
    LEFT JOIN "Accommodation" ac ON ac."assignmentId" = s.id AND ac."studentId" = $2
    WHERE s.id = $1`,
    [assignmentId, studentId],
  );
  return row ?? null;
}

/**
 * A student starts (or resumes) an attempt at an assignment of a class they are in. Open from
 * `opensAt`; after the due time a start is still allowed and the attempt is late. The time limit
 * (plus the student's extra time: see assignments/effective-accommodation.ts) runs from the start and is not cut short by the due time. A
 * second tab or a double click resumes the same attempt (the per-user lock of the attempt engine).
 */
export async function startAssignmentAttempt(
  db: Db,
  studentId: string,
  input: { assignmentId: string },
  now = new Date(),
) {
  const assignment = await startFacts(db, studentId, input.assignmentId);
  if (!assignment) throw assignmentNotFound();
  if (assignment.archivedAt) throw classArchived();
  if (now < assignment.opensAt) throw assignmentNotOpen();
  const late = now > assignment.dueAt;
  const attempts = assignment.attempts.map((a) => ({
    ...a,
    deadline: a.deadlineMs === null ? null : new Date(a.deadlineMs),
  }));
  // Resuming changes nothing: the open attempt as read (the locked section below would find the same).
  const open = attempts.find((a) => a.status === "IN_PROGRESS" && !isExpired(a, now));
  if (open) return { id: open.id, resumed: true, late };
  // An attempt the student ran out of (the tab was closed) is scored before a new one opens.
  const cutoff = now.getTime() - GRACE_MS;
  if (attempts.some((a) => a.status === "IN_PROGRESS" && a.deadline && a.deadline.getTime() < cutoff))
    await finalizeExpiredAttempts(db, { assignmentIds: [assignment.id], userId: studentId }, now);

  const extra = effectiveAccommodation(assignment, assignment.standing, assignment.override);
  const limitSec = extra.timeLimitSec;
  const opened = await openAssignmentAttempt(db, {
    userId: studentId,
    assignmentId: assignment.id,
    itemIds: assignment.shuffle ? shuffle(assignment.itemIds) : assignment.itemIds,
    deadline: limitSec === null ? null : new Date(now.getTime() + limitSec * 1000),
    attemptsAllowed: extra.attemptsAllowed,
    now,
  });
  return { ...opened, late };
}
