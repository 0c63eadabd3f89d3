import { Prisma, type Db } from "@dc/db";
import { ownedClass } from "../classes/owned-class";
import { effectiveAccommodation, extraSelect } from "../assignments/effective-accommodation";
import { toAssignmentView } from "../assignments/assignment-view";
import { passed } from "../assignments/pass-mark";
import { assignmentStatus, isLate, percentOf } from "../assignments/status";
import { attemptsWithAnswerCounts, rosterOf } from "./class-roster";
import { writtenItemsOf } from "../grading/written-item";
import { pendingAnswers } from "./pending-answers";

/**
 * A class's gradebook: its current students (by class number, then name) by its assignments. Built to be polled (every few
 * seconds while students take a quiz): a fixed number of queries whatever the class's size, after
 * finalising the few attempts whose time ran out since the last read.
 */
export async function gradebook(db: Db, teacherId: string, input: { classId: string }, now = new Date()) {
  const cls = await ownedClass(db, teacherId, input.classId);
  const [students, assignments] = await Promise.all([
    rosterOf(db, cls.id),
    db.assignment.findMany({
      where: { classId: cls.id },
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
      include: { adjustments: { where: { action: "DROP" }, select: { itemId: true } } },
    }),
  ]);
  const assignmentIds = assignments.map((a) => a.id);
  const studentIds = students.map((s) => s.id);
  const [attempts, accommodations] =
    assignmentIds.length && studentIds.length
      ? await Promise.all([
          attemptsWithAnswerCounts(
            db,
            Prisma.sql`t."assignmentId" = ANY (${assignmentIds}) AND t."userId" = ANY (${studentIds})`,
          ),
          db.accommodation.findMany({
            where: { assignmentId: { in: assignmentIds }, studentId: { in: studentIds } },
            select: { assignmentId: true, studentId: true, ...extraSelect },
          }),
        ])
      : [[], []];

  const pending = await pendingAnswers(db, assignmentIds, studentIds);
  const key = (assignmentId: string, studentId: string) => `${assignmentId}:${studentId}`;
  const byCell = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const k = key(a.assignmentId, a.userId);
    byCell.set(k, [...(byCell.get(k) ?? []), a]);
  }
  const overrides = new Map(accommodations.map((a) => [key(a.assignmentId, a.studentId), a]));

  const rows = students.map(({ standing, ...student }) => {
    const cells = assignments.map((assignment) => {
      const extra = effectiveAccommodation(
        assignment,
        standing,
        overrides.get(key(assignment.id, student.id)),
      );
      const mine = byCell.get(key(assignment.id, student.id)) ?? [];
      const { status, counted, open } = assignmentStatus(mine, assignment.dueAt, now);
      return {
        assignmentId: assignment.id,
        status,
        /** The counted (best) attempt's score; null when nothing is submitted. */
        score: counted?.score ?? null,
        maxScore: counted?.maxScore ?? null,
        percent: counted ? percentOf(counted) : null,
        /** Against the assignment's pass mark; null without one or without a score. */
        passed: passed(counted ? percentOf(counted) : null, assignment.passPercent),
        late: counted ? isLate(counted, assignment.dueAt) : false,
        missing: status === "MISSED",
        /** Answers of submitted attempts awaiting the teacher's grading (written answers). */
        pending: pending.get(key(assignment.id, student.id)) ?? 0,
        countedAttemptId: counted?.id ?? null,
        submittedAt: counted?.submittedAt ?? null,
        attemptsUsed: mine.length,
        attemptsAllowed: extra.attemptsAllowed,
        /** The open attempt, live: how many items have an answer saved, and when its time runs out. */
        open: open
          ? {
              attemptId: open.id,
              answered: open.answered,
              itemCount: assignment.itemIds.length,
              deadline: open.deadline,
            }
          : null,
      };
    });
    const percents = cells.map((c) => c.percent).filter((p): p is number => p !== null);
    return {
      student,
      cells,
      /** Mean percent over the assignments with a submission. */
      averagePercent: percents.length ? percents.reduce((s, p) => s + p, 0) / percents.length : null,
      pending: cells.reduce((sum, c) => sum + c.pending, 0),
    };
  });

  return {
    class: { id: cls.id, name: cls.name, archivedAt: cls.archivedAt },
    serverNow: now,
    pendingAnswers: rows.reduce((sum, r) => sum + r.pending, 0),
    assignments: assignments.map((a, index) => {
      const column = rows.map((r) => r.cells[index]!);
      const percents = column.map((c) => c.percent).filter((p): p is number => p !== null);
      return {
        ...toAssignmentView(a, a.adjustments.length),
        submitted: column.filter((c) => c.status === "SUBMITTED" || c.status === "LATE").length,
        inProgress: column.filter((c) => c.status === "IN_PROGRESS").length,
        late: column.filter((c) => c.late).length,
        missed: column.filter((c) => c.status === "MISSED").length,
        passedCount: column.filter((c) => c.passed === true).length,
        failedCount: column.filter((c) => c.passed === false).length,
        /** How many of its items are written (graded by the teacher after submission). */
        writtenItems: writtenItemsOf(a).length,
        /** Answers awaiting grading in this assignment, across the class. */
        pendingAnswers: column.reduce((sum, c) => sum + c.pending, 0),
        averagePercent: percents.length ? percents.reduce((s, p) => s + p, 0) / percents.length : null,
      };
    }),
    rows,
  };
}
