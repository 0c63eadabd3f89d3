import { parse } from "csv-parse/sync";
import { z } from "zod";
import { LOGIN_ID_PATTERN } from "../auth/schemas";

export const ROSTER_MAX_ROWS = 60;

export type TRosterRow = {
  /** The line of the text it came from (1-based), for error messages. */
  line: number;
  classNumber: number;
  name: string;
  email: string | null;
  loginId: string | null;
};

export type TRosterProblem = {
  line: number;
  code:
    | "BAD_CLASS_NUMBER"
    | "DUPLICATE_CLASS_NUMBER"
    | "NAME_REQUIRED"
    | "NAME_TOO_LONG"
    | "BAD_EMAIL"
    | "BAD_LOGIN_ID"
    | "DUPLICATE_ACCOUNT"
    | "TOO_MANY_ROWS"
    | "EMPTY"
    | "UNREADABLE";
};

const ZEmailValue = z.email();

/**
 * Reads a pasted or uploaded class list: one student a line, columns class number (學號), name and,
 * optionally, an email or a login id. Commas, tabs (a paste from a spreadsheet) and full-width commas
 * separate columns; a first line that does not start with a number is a heading and is skipped.
 * Returns every row, or every problem (nothing is imported from a list with problems).
 */
export function parseRoster(text: string): { rows: TRosterRow[]; problems: TRosterProblem[] } {
  let records: { line: number; cells: string[] }[];
  try {
    const raw = parse(text.replace(/^\uFEFF/, ""), {
      delimiter: [",", "\t", "，"],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    records = raw
      .map(({ record, info }) => ({ line: info.lines, cells: record }))
      .filter((r) => r.cells.some((c) => c !== ""));
  } catch {
    return { rows: [], problems: [{ line: 0, code: "UNREADABLE" }] };
  }
  if (records.length && !/^\d+$/.test(records[0]!.cells[0] ?? "")) records = records.slice(1);
  if (!records.length) return { rows: [], problems: [{ line: 0, code: "EMPTY" }] };
  if (records.length > ROSTER_MAX_ROWS) return { rows: [], problems: [{ line: 0, code: "TOO_MANY_ROWS" }] };

  const rows: TRosterRow[] = [];
  const problems: TRosterProblem[] = [];
  const numbers = new Set<number>();
  const accounts = new Set<string>();
  for (const { line, cells } of records) {
    const [numberCell = "", name = "", third = ""] = cells;
    const classNumber = /^\d{1,3}$/.test(numberCell) ? Number(numberCell) : NaN;
    if (!(classNumber >= 1 && classNumber <= 999)) problems.push({ line, code: "BAD_CLASS_NUMBER" });
    else if (numbers.has(classNumber)) problems.push({ line, code: "DUPLICATE_CLASS_NUMBER" });
    numbers.add(classNumber);
    if (!name) problems.push({ line, code: "NAME_REQUIRED" });
    else if ([...name].length > 80) problems.push({ line, code: "NAME_TOO_LONG" });
    const account = third.toLowerCase();
    let email: string | null = null;
    let loginId: string | null = null;
    if (account.includes("@")) {
      if (ZEmailValue.safeParse(account).success && account.length <= 254) email = account;
      else problems.push({ line, code: "BAD_EMAIL" });
    } else if (account) {
      if (LOGIN_ID_PATTERN.test(account)) loginId = account;
      else problems.push({ line, code: "BAD_LOGIN_ID" });
    }
    if (account && accounts.has(account)) problems.push({ line, code: "DUPLICATE_ACCOUNT" });
    if (account) accounts.add(account);
    rows.push({ line, classNumber, name, email, loginId });
  }
  return problems.length ? { rows: [], problems } : { rows, problems };
}

/** The login id given to a student without one: the class's code and the class number, e.g. "ab3k7q-07". */
export const generatedLoginId = (classCode: string, classNumber: number, attempt = 0) =>
  `${classCode.toLowerCase()}-${String(classNumber).padStart(2, "0")}${attempt ? `-${attempt + 1}` : ""}`;
