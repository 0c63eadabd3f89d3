import { type Db } from "@dc/db";
import { ownedClass } from "../classes/owned-class";
import { toAssignmentView } from "./assignment-view";

/**
 * A class's assignments (by due time) with how many of its current students have submitted one
 * or have one open: two queries whatever the class's size.
 */
export async function listAssignments(db: Db, teacherId: string, input: { classId: string }) {
  const cls = await ownedClass(db, teacherId, input.classId);
  const [rows, counts] = await Promise.all([
    db.assignment.findMany({
      where: { classId: cls.id },
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
      include: { adjustments: { where: { action: "DROP" }, select: { itemId: true } } },
    }),
    db.$queryRaw<{ assignmentId: string; submitted: number; inProgress: number }[]>`
      SELECT t."assignmentId",
        count(DISTINCT t."userId") FILTER (WHERE t.status = 'SUBMITTED')::int AS submitted,
        count(DISTINCT t."userId") FILTER (WHERE t.status = 'IN_PROGRESS')::int AS "inProgress"
      FROM "Attempt" t
      JOIN "Assignment" s ON s.id = t."assignmentId"
      JOIN "Enrollment" e ON e."classId" = s."classId" AND e."studentId" = t."userId" AND e."removedAt" IS NULL
      WHERE s."classId" = ${cls.id}
      GROUP BY t."assignmentId"`,
  ]);
  const byAssignment = new Map(counts.map((c) => [c.assignmentId, c]));
  return rows.map((row) => ({
    ...toAssignmentView(row, row.adjustments.length),
    submittedStudents: byAssignment.get(row.id)?.submitted ?? 0,
    inProgressStudents: byAssignment.get(row.id)?.inProgress ?? 0,
  }));
}
