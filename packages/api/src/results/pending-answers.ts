import { type Db } from "@dc/db";

/**
 * Answers awaiting a teacher's grading, by assignment and student: the answers of submitted
 * attempts that have no score (submit leaves only written answers unscored). One query.
 */
export async function pendingAnswers(
  db: Db,
  assignmentIds: readonly string[],
  studentIds: readonly string[],
) {
  if (!assignmentIds.length || !studentIds.length) return new Map<string, number>();
  const rows = await db.$queryRaw<{ assignmentId: string; userId: string; pending: number }[]>`
    SELECT t."assignmentId", t."userId", count(*)::int AS pending
    FROM "Answer" a JOIN "Attempt" t ON t.id = a."attemptId"
    WHERE t."assignmentId" = ANY (${[...assignmentIds]}) AND t."userId" = ANY (${[...studentIds]})
      AND t.status = 'SUBMITTED' AND a.score IS NULL
    GROUP BY t."assignmentId", t."userId"`;
  return new Map(rows.map((r) => [`${r.assignmentId}:${r.userId}`, r.pending]));
}
