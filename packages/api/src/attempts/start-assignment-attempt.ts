import { type Db } from "@dc/db";
import { effectiveAccommodation, extraSelect } from "../assignments/effective-accommodation";
import { assignmentNotFound, assignmentNotOpen, noAttemptsLeft } from "../assignments/errors";
import { finalizeExpiredAttempts } from "../assignments/finalize-expired";
import { classArchived } from "../classes/errors";
import { shuffle } from "./draw-items";
import { isExpired } from "./policy";
import { lockUser } from "./start-attempt";

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
  const assignment = await db.assignment.findFirst({
    where: { id: input.assignmentId, class: { enrollments: { some: { studentId, removedAt: null } } } },
    include: {
      class: {
        select: { archivedAt: true, enrollments: { where: { studentId }, select: extraSelect } },
      },
      accommodations: { where: { studentId }, select: extraSelect },
    },
  });
  if (!assignment) throw assignmentNotFound();
  if (assignment.class.archivedAt) throw classArchived();
  if (now < assignment.opensAt) throw assignmentNotOpen();
  await finalizeExpiredAttempts(db, { assignmentIds: [assignment.id], userId: studentId }, now);

  const extra = effectiveAccommodation(
    assignment,
    assignment.class.enrollments[0],
    assignment.accommodations[0],
  );
  return db.$transaction(async (tx) => {
    await lockUser(tx, studentId);
    const attempts = await tx.attempt.findMany({
      where: { assignmentId: assignment.id, userId: studentId },
      select: { id: true, status: true, deadline: true },
    });
    const open = attempts.find((a) => a.status === "IN_PROGRESS" && !isExpired(a, now));
    const late = now > assignment.dueAt;
    if (open) return { id: open.id, resumed: true, late };
    if (attempts.length >= extra.attemptsAllowed) throw noAttemptsLeft();
    const limitSec = extra.timeLimitSec;
    const created = await tx.attempt.create({
      data: {
        userId: studentId,
        kind: "ASSIGNMENT",
        assignmentId: assignment.id,
        itemIds: assignment.shuffle ? shuffle(assignment.itemIds) : assignment.itemIds,
        startedAt: now,
        deadline: limitSec === null ? null : new Date(now.getTime() + limitSec * 1000),
      },
      select: { id: true },
    });
    return { id: created.id, resumed: false, late };
  });
}
