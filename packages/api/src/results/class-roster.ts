import { type Prisma, type Db } from "@dc/db";
import { extraSelect } from "../assignments/effective-accommodation";
import { byClassNumber } from "../classes/by-class-number";

/** The class's current students in roster order (class number, then name), each with their standing accommodation: one query. */
export async function rosterOf(db: Db, classId: string) {
  const rows = await db.enrollment.findMany({
    where: { classId, removedAt: null },
    select: {
      classNumber: true,
      ...extraSelect,
      student: { select: { id: true, name: true, email: true } },
    },
  });
  return rows
    .map(({ student, classNumber, ...standing }) => ({ ...student, classNumber, standing }))
    .sort(byClassNumber);
}

/** Attempt facts with the number of answers saved, as the results pages list them. */
export type TAttemptRow = {
  id: string;
  userId: string;
  assignmentId: string;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: Date;
  submittedAt: Date | null;
  deadline: Date | null;
  autoSubmitted: boolean;
  score: number | null;
  maxScore: number | null;
  answered: number;
};

/**
 * The attempts matching `where` (on "Attempt" t), oldest first, each with its answer count: one
 * query, counting through the Answer primary key. (Prisma's `_count` of a relation joins an
 * aggregate of the whole Answer table, which grows with the school, not with the class.)
 */
export function attemptsWithAnswerCounts(db: Db, where: Prisma.Sql) {
  return db.$queryRaw<TAttemptRow[]>`
    SELECT t.id, t."userId", t."assignmentId", t.status::text AS status, t."startedAt", t."submittedAt",
      t.deadline, t."autoSubmitted", t.score, t."maxScore",
      (SELECT count(*)::int FROM "Answer" x WHERE x."attemptId" = t.id) AS answered
    FROM "Attempt" t
    WHERE ${where}
    ORDER BY t."startedAt" ASC, t.id ASC`;
}
