/** A value of one cell: text, a number, a yes/no, a time, or nothing. */
export type TCell = string | number | boolean | Date | null | undefined;

export const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;
/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @, tab, carriage return,
 * their full-width forms (＝＋－＠, which spreadsheets in Chinese locales read as formula
 * characters), also after leading spaces, which spreadsheets skip.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** One cell as CSV text: RFC 4180 quoting, and text that would start a formula made inert with a '. */
export function csvCell(value: TCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file: UTF-8 byte-order mark (so spreadsheets read the Chinese text as UTF-8), a header
 * row, CRLF between rows and after the last (RFC 4180).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly TCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** A file name safe on every system, keeping Chinese: `gradebook-中四甲-2026-11-29.csv`. */
export function csvFilename(kind: string, title: string, now: Date): string {
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 60);
  return `${[kind, safe, now.toISOString().slice(0, 10)].filter(Boolean).join("-")}.csv`;
}
