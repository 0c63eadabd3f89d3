import { type TDateValue } from "../schema";
import { parseChineseNumeral } from "./chinese-numerals";
import { toHalfWidth } from "./width";

export const DATE_PARTS = ["year", "month", "day"] as const;
export type TDatePart = (typeof DATE_PARTS)[number];
export type TDateResponseParts = Partial<Record<TDatePart, string>>;

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const SUFFIXES: Record<TDatePart, RegExp> = {
  year: /(?:年|ad|ce)$/,
  month: /(?:月份|月)$/,
  day: /(?:日|號|号|th|st|nd|rd)$/,
};
const RANGES: Record<TDatePart, [number, number]> = { year: [1900, 2100], month: [1, 12], day: [1, 31] };

/** The parts a date item asks for: exactly those its key has. */
export function askedParts(key: TDateValue): TDatePart[] {
  return DATE_PARTS.filter((part) => key[part] !== undefined);
}

/**
 * One typed date part as a number: "2001", "２００１年", "二〇〇一", "5", "05", "五月", "May", "14日",
 * "十四號". Null when it is not a plausible value for that part.
 */
export function parseDatePart(part: TDatePart, input: string): number | null {
  const text = toHalfWidth(input)
    .replace(/\s+/g, "")
    .replace(/\.$/, "")
    .toLowerCase()
    .replace(SUFFIXES[part], "");
  let value: number | null = null;
  if (/^\d+$/.test(text)) value = Number(text);
  else if (part === "month" && /^[a-z]{3,9}$/.test(text)) {
    // "May", "Sept", "september": at least three letters of an English month name.
    const index = MONTH_NAMES.findIndex((name) => name.startsWith(text));
    value = index < 0 ? null : index + 1;
  } else if (text !== "") value = parseChineseNumeral(text);
  if (value === null || !Number.isInteger(value)) return null;
  const [min, max] = RANGES[part];
  return value >= min && value <= max ? value : null;
}

/**
 * Full credit when every asked part is right. Half credit only when the key has a year and a month
 * and the year is right but the month or day is not (the learner knows the year). Otherwise nothing.
 */
export function scoreDate(key: TDateValue, response: TDateResponseParts): number {
  const asked = askedParts(key);
  const right = (part: TDatePart) => {
    const typed = response[part];
    return typed !== undefined && parseDatePart(part, typed) === key[part];
  };
  if (asked.every(right)) return 1;
  if (key.year !== undefined && key.month !== undefined && right("year")) return 0.5;
  return 0;
}
