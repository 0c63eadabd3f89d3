import { getItem, revealFor, toPublicItem } from "@dc/content";
import { type Db } from "@dc/db";
import { domainError } from "../contract/domain-error";
import { adjustmentMap, creditFor } from "../attempts/grade";
import { isLate, percentOf } from "../assignments/status";
import { parseStoredResponse } from "../attempts/stored-answer";
import { taughtBy } from "../classes/taught-by";
import { responseText } from "./response-text";

const attemptNotFound = () => domainError("ATTEMPT_NOT_FOUND");

async function load(db: Db, teacherId: string, attemptId: string) {
  return db.attempt.findFirst({
    where: { id: attemptId, kind: "ASSIGNMENT", assignment: { class: taughtBy(teacherId) } },
    include: {
      answers: { include: { grade: true } },
      user: { select: { id: true, name: true, email: true } },
      assignment: { select: { id: true, title: true, dueAt: true, classId: true, adjustments: true } },
    },
  });
}

/**
 * One student's attempt at one of the teacher's assignments, item by item: the item as the student
 * saw it, their response (raw and in words), the key, and what it scored. An attempt whose time ran
 * out is finalised by the sweep (attempts/sweep.ts), not here. Anyone else's attempt is "not found".
 */
export async function attemptDetail(db: Db, teacherId: string, input: { attemptId: string }) {
  const attempt = await load(db, teacherId, input.attemptId);
  if (!attempt?.assignment) throw attemptNotFound();
  const assignment = attempt.assignment;
  const number = await db.attempt.count({
    where: { assignmentId: assignment.id, userId: attempt.userId, startedAt: { lte: attempt.startedAt } },
  });
  const adjustments = adjustmentMap(assignment.adjustments);
  const answers = new Map(attempt.answers.map((a) => [a.itemId, a]));
  const submitted = attempt.status === "SUBMITTED";
  return {
    attemptId: attempt.id,
    number,
    student: attempt.user,
    assignment: {
      id: assignment.id,
      title: assignment.title,
      dueAt: assignment.dueAt,
      classId: assignment.classId,
    },
    status: attempt.status,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    deadline: attempt.deadline,
    autoSubmitted: attempt.autoSubmitted,
    late: isLate(attempt, assignment.dueAt),
    score: attempt.score,
    maxScore: attempt.maxScore,
    percent: percentOf(attempt),
    items: attempt.itemIds.map((itemId, index) => {
      const item = getItem(itemId);
      if (!item) throw new Error(`attempt ${attempt.id} holds unknown item ${itemId}`);
      const answer = answers.get(itemId);
      const adjustment = assignment.adjustments.find((a) => a.itemId === itemId);
      const grade = answer?.grade && !answer.grade.selfGraded ? answer.grade : null;
      return {
        position: index + 1,
        item: toPublicItem(item),
        reveal: revealFor(item),
        response: answer ? parseStoredResponse(answer.response, item) : null,
        responseText: answer
          ? { zh: responseText(item, answer.response, "zh"), en: responseText(item, answer.response, "en") }
          : null,
        savedAt: answer?.updatedAt ?? null,
        /** The answer's score under the item's keys; null until submitted. */
        score: submitted ? (answer?.score ?? 0) : null,
        correct: submitted ? (answer?.correct ?? false) : null,
        /** What the item counts for in the grade (null: dropped). */
        credit: submitted ? creditFor(answer?.score, adjustments.get(itemId)) : null,
        adjustment: adjustment ? { action: adjustment.action, reason: adjustment.reason } : null,
        /** A submitted written answer no teacher has graded yet (its score and credit are not final). */
        pending: submitted && answer !== undefined && answer.score === null,
        /** A teacher's rubric marking of a written answer (a learner's self-grade never shows here). */
        marking: grade ? { criteriaMet: grade.criteriaMet, comment: grade.comment } : null,
      };
    }),
  };
}
