import { getItem, localized } from "@dc/content";
import { type Db } from "@dc/db";
import { adjustmentMap, creditFor } from "../attempts/grade";
import { finalizeExpiredAttempts } from "../assignments/finalize-expired";
import { ownedAssignment } from "../assignments/owned-assignment";
import { csvFilename, toCsv } from "./csv";
import { CSV_WORDS, csvDateTime, type TCsvLang, type TCsvLocale, zoneLabel } from "./csv-locale";
import { rosterOf } from "./class-roster";
import { responseChoiceIds, responseText } from "./response-text";

const HEADER = {
  en: (zone: string) => [
    "student",
    "email",
    "attempt",
    `submitted at (${zone})`,
    "submitted",
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
  ],
  zh: (zone: string) => [
    "學生",
    "電郵",
    "第幾次作答",
    `交卷時間（${zone}）`,
    "交卷方式",
    "題目編號",
    "課",
    "能力",
    "題型",
    "題目",
    "作答",
    "所選選項編號",
    "全對",
    "得分",
    "更正",
  ],
} satisfies Record<TCsvLang, (zone: string) => string[]>;

/**
 * Every response of an assignment's submitted attempts (current students), one row per student,
 * attempt and item in the order the student saw them: the response in words (choices by their text,
 * numbers and text as typed), the picked choices by their bank ids (`a;c`, so a multiple choice
 * splits back into its options even when an option's text contains 「、」), whether it was fully correct, and the score it counts for in the grade
 * (empty for a dropped item). Written in the teacher's language, times at their UTC offset as
 * "2026-12-03 16:30:00" (see csv-locale.ts); auto-submitted attempts say so.
 */
export async function responsesCsv(
  db: Db,
  teacherId: string,
  input: { assignmentId: string } & TCsvLocale,
  now = new Date(),
) {
  const assignment = await ownedAssignment(db, teacherId, input.assignmentId);
  await finalizeExpiredAttempts(db, { assignmentIds: [assignment.id] }, now);
  const [students, attempts, adjustmentRows] = await Promise.all([
    rosterOf(db, assignment.classId),
    db.attempt.findMany({
      where: { assignmentId: assignment.id },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        userId: true,
        status: true,
        submittedAt: true,
        autoSubmitted: true,
        itemIds: true,
        answers: true,
      },
    }),
    db.itemAdjustment.findMany({ where: { assignmentId: assignment.id } }),
  ]);
  const adjustments = adjustmentMap(adjustmentRows);
  const lang = input.lang ?? "en";
  const words = CSV_WORDS[lang];
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
          csvDateTime(attempt.submittedAt, input.tzOffset),
          attempt.autoSubmitted ? words.auto : words.byStudent,
          item.id,
          item.lessonId,
          words.skill[item.skill],
          words.type[item.type],
          localized(item.prompt, lang),
          answer ? responseText(item, answer.response, lang) : "",
          answer ? responseChoiceIds(item, answer.response) : "",
          answer?.correct ? words.yes : words.no,
          creditFor(answer?.score, adjustment),
          adjustment ? words.adjustment[adjustment.action] : "",
        ]);
      }
    });
  }
  return {
    filename: csvFilename("responses", assignment.title, now),
    content: toCsv(HEADER[lang](zoneLabel(input.tzOffset)), rows),
    rows: rows.length,
  };
}
