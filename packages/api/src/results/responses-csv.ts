import { getItem } from "@dc/content";
import { type Db } from "@dc/db";
import { adjustmentMap, creditFor } from "../attempts/grade";
import { finalizeExpiredAttempts } from "../assignments/finalize-expired";
import { ownedAssignment } from "../assignments/owned-assignment";
import { csvFilename, toCsv } from "./csv";
import { rosterOf } from "./class-roster";
import { responseChoiceIds, responseText } from "./response-text";

const HEADER = [
  "student",
  "email",
  "attempt",
  "submitted at",
  "item id",
  "lesson",
  "skill",
  "type",
  "prompt",
  "response",
  "choice ids",
  "correct",
  "score",
  "adjustment",
];

/**
 * Every response of an assignment's submitted attempts (current students), one row per student,
 * attempt and item in the order the student saw them: the response in words (choices by their text,
 * numbers and text as typed), the picked choices by their bank ids (`a;c`, so a multiple choice
 * splits back into its options even when an option's text contains 「、」), whether it was fully correct, and the score it counts for in the grade
 * (empty for a dropped item). Submitted-at times are UTC, ISO 8601.
 */
export async function responsesCsv(
  db: Db,
  teacherId: string,
  input: { assignmentId: string },
  now = new Date(),
) {
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  await finalizeExpiredAttempts(db, { assignmentIds: [assignment.id] }, now);
  const [students, attempts, adjustmentRows] = await Promise.all([
    rosterOf(db, assignment.classId),
    db.attempt.findMany({
      where: { assignmentId: assignment.id },
      orderBy: { startedAt: "asc" },
      select: { id: true, userId: true, status: true, submittedAt: true, itemIds: true, answers: true },
    }),
    db.itemAdjustment.findMany({ where: { assignmentId: assignment.id } }),
  ]);
  const adjustments = adjustmentMap(adjustmentRows);
  const rows: (string | number | boolean | Date | null)[][] = [];
  for (const student of students) {
    const mine = attempts.filter((a) => a.userId === student.id);
    mine.forEach((attempt, index) => {
      if (attempt.status !== "SUBMITTED") return;
      const answers = new Map(attempt.answers.map((a) => [a.itemId, a]));
      for (const itemId of attempt.itemIds) {
        const item = getItem(itemId);
        if (!item) continue;
        const answer = answers.get(itemId);
        const adjustment = adjustments.get(itemId);
        rows.push([
          student.name,
          student.email,
          index + 1,
          attempt.submittedAt,
          item.id,
          item.lessonId,
          item.skill,
          item.type,
          item.prompt.zh,
          answer ? responseText(item, answer.response, "zh") : "",
          answer ? responseChoiceIds(item, answer.response) : "",
          answer?.correct ?? false,
          creditFor(answer?.score, adjustment),
          adjustment?.action ?? "",
        ]);
      }
    });
  }
  return {
    filename: csvFilename("responses", assignment.title, now),
    content: toCsv(HEADER, rows),
    rows: rows.length,
  };
}
