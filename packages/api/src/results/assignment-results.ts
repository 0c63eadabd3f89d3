import { answerText, getItem, type TItem } from "@dc/content";
import { Prisma, type Db } from "@dc/db";
import { effectiveAccommodation, extraSelect } from "../assignments/effective-accommodation";
import { toAssignmentView } from "../assignments/assignment-view";
import { passed } from "../assignments/pass-mark";
import { ownedAssignment } from "../assignments/owned-assignment";
import { assignmentStatus, isLate, percentOf } from "../assignments/status";
import { attemptsWithAnswerCounts, rosterOf } from "./class-roster";
import { attemptForAnalysis, DEFAULT_ANALYSIS_ATTEMPTS, type TAnalysisAttempts } from "./analysis-attempt";
import { analyzeItems, misconceptionTally, scoreDistribution, type TSitting } from "./item-analysis";
import { reliability } from "./reliability";
import { writtenAnalysis } from "./written-analysis";

/**
 * One assignment's results for its teacher: each current student's status and attempts, the
 * distribution of the counted (best) scores, and the item analysis, reliability and misconception
 * tally over one submitted attempt per student (`attempts`: first by default, see analysis-attempt.ts).
 * A fixed number of queries; pollable.
 */
export async function assignmentResults(
  db: Db,
  teacherId: string,
  input: { assignmentId: string; attempts?: TAnalysisAttempts },
  now = new Date(),
) {
  const rule = input.attempts ?? DEFAULT_ANALYSIS_ATTEMPTS;
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  const [students, attempts, adjustments, accommodations] = await Promise.all([
    rosterOf(db, assignment.classId),
    attemptsWithAnswerCounts(
      db,
      Prisma.sql`t."assignmentId" = ${assignment.id} AND EXISTS (SELECT 1 FROM "Enrollment" e
        WHERE e."studentId" = t."userId" AND e."classId" = ${assignment.classId} AND e."removedAt" IS NULL)`,
    ),
    db.itemAdjustment.findMany({ where: { assignmentId: assignment.id } }),
    db.accommodation.findMany({
      where: { assignmentId: assignment.id },
      select: { studentId: true, ...extraSelect },
    }),
  ]);
  const byStudent = new Map<string, typeof attempts>();
  for (const a of attempts) byStudent.set(a.userId, [...(byStudent.get(a.userId) ?? []), a]);

  // One submitted attempt per student, with its answers (one query), for the item analysis. An attempt
  // whose written answers await grading has no total yet: it joins the analysis once graded.
  const picked = students
    .map((s) => attemptForAnalysis(byStudent.get(s.id) ?? [], rule))
    .filter((a) => a !== null);
  const analysed = picked.filter((a) => a.score !== null);
  const answers = analysed.length
    ? await db.answer.findMany({
        where: { attemptId: { in: analysed.map((a) => a.id) } },
        select: { attemptId: true, itemId: true, response: true, score: true, correct: true },
      })
    : [];
  const answersOf = new Map<string, TSitting["answers"]>(analysed.map((a) => [a.id, new Map()]));
  for (const x of answers) {
    (answersOf.get(x.attemptId) as Map<string, unknown>).set(x.itemId, {
      response: x.response,
      score: x.score ?? 0,
      correct: x.correct ?? false,
    });
  }
  const sittings: TSitting[] = analysed.map((a) => ({ studentId: a.userId, answers: answersOf.get(a.id)! }));
  const items = assignment.itemIds.map((id) => getItem(id)).filter((i): i is TItem => i !== undefined);
  const dropped = new Set(adjustments.filter((a) => a.action === "DROP").map((a) => a.itemId));
  const adjustmentOf = new Map(adjustments.map((a) => [a.itemId, a]));
  const analysis = analyzeItems(items, sittings, dropped);
  const extraOf = new Map(accommodations.map((a) => [a.studentId, a]));
  // Written answers are analysed as they are graded, also in attempts still awaiting other gradings.
  const written = await writtenAnalysis(
    db,
    assignment,
    picked.map((a) => a.id),
  );

  const rows = students.map(({ standing, ...student }) => {
    const mine = byStudent.get(student.id) ?? [];
    const { status, counted, open } = assignmentStatus(mine, assignment.dueAt, now);
    const extra = effectiveAccommodation(assignment, standing, extraOf.get(student.id));
    return {
      student,
      status,
      score: counted?.score ?? null,
      maxScore: counted?.maxScore ?? null,
      percent: counted ? percentOf(counted) : null,
      /** Against the pass mark; null without one or without a score. */
      passed: passed(counted ? percentOf(counted) : null, assignment.passPercent),
      late: counted ? isLate(counted, assignment.dueAt) : false,
      countedAttemptId: counted?.id ?? null,
      openAttemptId: open?.id ?? null,
      attemptsAllowed: extra.attemptsAllowed,
      /** As set (minutes, per cent, attempts) and where from: the class member's standing one or this assignment's own. */
      accommodation: {
        source: extra.source,
        extraTimeMinutes: extra.extraTimeMinutes,
        extraTimePercent: extra.extraTimePercent,
        extraAttempts: extra.extraAttempts,
      },
      extraTimeMinutes: extra.extraTimeMinutes,
      attempts: mine.map((a, index) => ({
        attemptId: a.id,
        number: index + 1,
        status: a.status,
        startedAt: a.startedAt,
        submittedAt: a.submittedAt,
        deadline: a.deadline,
        autoSubmitted: a.autoSubmitted,
        score: a.score,
        maxScore: a.maxScore,
        percent: percentOf(a),
        late: isLate(a, assignment.dueAt),
        answered: a.answered,
      })),
    };
  });
  const counted = rows.map((r) => r.percent).filter((p): p is number => p !== null);

  return {
    assignment: {
      ...toAssignmentView(assignment, dropped.size),
      className: assignment.class.name,
    },
    serverNow: now,
    summary: {
      students: students.length,
      notStarted: rows.filter((r) => r.status === "NOT_STARTED").length,
      inProgress: rows.filter((r) => r.status === "IN_PROGRESS").length,
      submitted: rows.filter((r) => r.status === "SUBMITTED").length,
      late: rows.filter((r) => r.status === "LATE").length,
      missed: rows.filter((r) => r.status === "MISSED").length,
      /** Students in the item analysis (with a submitted attempt). */
      analysed: sittings.length,
      /** Students left out of the item analysis until their written answers are graded. */
      awaitingGrading: picked.length - analysed.length,
    },
    distribution: scoreDistribution(counted),
    /** Written items: teacher gradings of the analysed attempts, per criterion (self-grades never count). */
    written,
    students: rows,
    items: analysis.map((stats, index) => {
      const item = items[index]!;
      const adjustment = adjustmentOf.get(item.id);
      return {
        position: index + 1,
        lessonId: item.lessonId,
        skill: item.skill,
        type: item.type,
        prompt: item.prompt,
        answerText: { zh: answerText(item, "zh"), en: answerText(item, "en") },
        paragraphId: item.source.paragraphId,
        adjustment: adjustment ? { action: adjustment.action, reason: adjustment.reason } : null,
        ...stats,
      };
    }),
    /** Which attempt of each student the item analysis, reliability and misconceptions read. */
    analysis: { attempts: rule, reliability: reliability(items, sittings, dropped) },
    misconceptions: misconceptionTally(items, sittings, dropped),
  };
}
