import { GRACE_MS } from "./policy";
import { type Tx } from "./tx";

/**
 * Moves the deadline of the student's open timed attempt at one assignment by `deltaSec` (a changed
 * accommodation helps during the quiz at once). An attempt already past its deadline and grace is
 * left for the sweep. Returns how many deadlines moved.
 */
export async function extendAssignmentDeadlines(
  tx: Tx,
  input: { assignmentId: string; userId: string; deltaSec: number },
  now: Date,
) {
  return tx.$executeRaw`
    UPDATE "Attempt" SET deadline = deadline + make_interval(secs => ${input.deltaSec}::float8)
    WHERE "assignmentId" = ${input.assignmentId} AND "userId" = ${input.userId}
      AND status = 'IN_PROGRESS' AND deadline IS NOT NULL
      AND deadline > ${new Date(now.getTime() - GRACE_MS)}`;
}

/**
 * Moves the deadlines of the student's open timed attempts at the class's assignments that have no
 * accommodation of their own for the student (a standing accommodation changed), each by what
 * `deltaSecOf` says for its assignment. Returns how many deadlines moved.
 */
export async function extendClassDeadlines(
  tx: Tx,
  input: { classId: string; userId: string },
  deltaSecOf: (assignment: { timeLimitSec: number | null; maxAttempts: number }) => number,
  now: Date,
) {
  const open = await tx.attempt.findMany({
    where: {
      userId: input.userId,
      status: "IN_PROGRESS",
      deadline: { gt: new Date(now.getTime() - GRACE_MS) },
      assignment: { classId: input.classId, accommodations: { none: { studentId: input.userId } } },
    },
    select: { id: true, deadline: true, assignment: { select: { timeLimitSec: true, maxAttempts: true } } },
  });
  let extended = 0;
  for (const attempt of open) {
    if (!attempt.assignment) continue; // every assignment attempt has one; the type allows practice too
    const deltaSec = deltaSecOf(attempt.assignment);
    if (!deltaSec || !attempt.deadline) continue;
    await tx.attempt.update({
      where: { id: attempt.id },
      data: { deadline: new Date(attempt.deadline.getTime() + deltaSec * 1000) },
    });
    extended++;
  }
  return extended;
}
