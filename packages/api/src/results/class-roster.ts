import { type Db } from "@dc/db";

/** The class's current students, by name: one query. */
export async function rosterOf(db: Db, classId: string) {
  const rows = await db.enrollment.findMany({
    where: { classId, removedAt: null },
    select: { student: { select: { id: true, name: true, email: true } } },
  });
  return rows
    .map((r) => r.student)
    .sort((a, b) => a.name.localeCompare(b.name, "zh-Hant") || a.email.localeCompare(b.email));
}

export const attemptFactsSelect = {
  id: true,
  userId: true,
  assignmentId: true,
  status: true,
  startedAt: true,
  submittedAt: true,
  deadline: true,
  autoSubmitted: true,
  score: true,
  maxScore: true,
} as const;
