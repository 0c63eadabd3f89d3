import { type Db } from "@dc/db";
import { csvFilename, toCsv } from "./csv";
import { CSV_WORDS, passWord, type TCsvLocale } from "./csv-locale";
import { gradebook } from "./gradebook";

const HEAD: Record<
  keyof typeof CSV_WORDS,
  { number: string; name: string; email: string; percent: string; status: string; pending: string }
> = {
  en: {
    number: "No.",
    name: "Name",
    email: "Email",
    percent: "%",
    status: "status",
    pending: "awaiting grading",
  },
  zh: { number: "學號", name: "姓名", email: "電郵", percent: "%", status: "狀態", pending: "待批改" },
};

/** Percent with one decimal, as a number (so a spreadsheet can compute with it). */
export const roundPercent = (p: number | null) => (p === null ? null : Math.round(p * 10) / 10);

/**
 * The gradebook as CSV: one row per student in roster order (class number, name, email), then for
 * each assignment its score in percent (the counted, best attempt; empty when nothing is submitted),
 * its status, pass or fail where the assignment has a pass mark, and for an assignment with written
 * items the student's answers awaiting grading (which is why a percent may be empty).
 */
export async function gradebookCsv(
  db: Db,
  teacherId: string,
  input: { classId: string } & TCsvLocale,
  now = new Date(),
) {
  const lang = input.lang ?? "en";
  const book = await gradebook(db, teacherId, input, now);
  const header = [
    HEAD[lang].number,
    HEAD[lang].name,
    HEAD[lang].email,
    ...book.assignments.flatMap((a) => [
      `${a.title} (${HEAD[lang].percent})`,
      `${a.title} ${HEAD[lang].status}`,
      ...(a.passPercent === null ? [] : [`${a.title} ${CSV_WORDS[lang].passMark(a.passPercent)}`]),
      ...(a.writtenItems ? [`${a.title} ${HEAD[lang].pending}`] : []),
    ]),
  ];
  const rows = book.rows.map((row) => [
    row.student.classNumber,
    row.student.name,
    row.student.email,
    ...row.cells.flatMap((c, i) => [
      roundPercent(c.percent),
      CSV_WORDS[lang].status[c.status],
      // A pass/fail column only for assignments with a pass mark.
      ...(book.assignments[i]!.passPercent === null ? [] : [passWord(lang, c.passed)]),
      ...(book.assignments[i]!.writtenItems ? [c.pending] : []),
    ]),
  ]);
  return {
    filename: csvFilename("gradebook", book.class.name, now),
    content: toCsv(header, rows),
    rows: rows.length,
  };
}
