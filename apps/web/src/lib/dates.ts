import { dateTimeFormat, relativeTimeFormat } from "~/lib/intl-formats";
/**
 * Calendar arithmetic and localized date text for the dashboard. Days are counted as "day
 * numbers" (days since 1970-01-01) in the student's own time zone, given as minutes east of UTC.
 */

export const DAY_MS = 86_400_000;

/** "2025-11-29" → its day number. */
export function dayNumberOf(isoDay: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) throw new Error(`not a YYYY-MM-DD day: ${isoDay}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** Where an instant falls on the student's day axis: the day number plus the fraction of the day gone. */
export function localDayPosition(at: Date | number, tzOffsetMinutes: number): number {
  return (Number(at) + tzOffsetMinutes * 60_000) / DAY_MS;
}

/** The student's calendar day (day number) of an instant. */
export const localDayOf = (at: Date | number, tzOffsetMinutes: number) =>
  Math.floor(localDayPosition(at, tzOffsetMinutes));

/** A day number as a short ("11/29") or long ("2025年11月29日", "November 29, 2025") date. */
export function formatDay(day: number, locale: string, style: "short" | "long" = "short"): string {
  const options: Intl.DateTimeFormatOptions =
    style === "short"
      ? { month: "numeric", day: "numeric", timeZone: "UTC" }
      : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return dateTimeFormat(locale, options).format(new Date(day * DAY_MS));
}

/**
 * An instant as date and time of day, in `timeZone` (the browser's own when not given); without
 * the year when `withYear` is false, for lists that all fall in one year.
 */
export function formatDateTime(at: Date, locale: string, timeZone?: string, withYear = true): string {
  return dateTimeFormat(locale, {
    ...(withYear && { year: "numeric" }),
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    ...(timeZone && { timeZone }),
  }).format(at);
}

/**
 * A moment in the student's own time, given as the UTC offset the server knows (the tz cookie), so
 * the server and the browser write the same text (formatting in the browser's zone broke hydration).
 */
export function formatDateTimeAtOffset(at: Date, locale: string, tzOffsetMinutes: number, withYear = true) {
  return formatDateTime(new Date(at.getTime() + tzOffsetMinutes * 60_000), locale, "UTC", withYear);
}

/** The calendar year of a moment at a UTC offset. */
export const yearAtOffset = (at: Date, tzOffsetMinutes: number) =>
  new Date(at.getTime() + tzOffsetMinutes * 60_000).getUTCFullYear();

/** Each unit is used up to the limit where the next larger one reads better (as in "45 minutes" → "1 hour"). */
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ["minute", 60_000, 45 * 60_000],
  ["hour", 3_600_000, 22 * 3_600_000],
  ["day", DAY_MS, 26 * DAY_MS],
  ["month", 30 * DAY_MS, 320 * DAY_MS],
  ["year", 365 * DAY_MS, Infinity],
];

/** "3 小時後", "in 3 hours", "昨天", "now": the distance from `now` to `target`, in the largest fitting unit. */
export function relativeTime(target: Date | number, now: Date | number, locale: string): string {
  const diff = Number(target) - Number(now);
  const format = relativeTimeFormat(locale, { numeric: "auto" });
  if (Math.abs(diff) < 45_000) return format.format(0, "second");
  const [unit, ms] = UNITS.find(([, , upTo]) => Math.abs(diff) < upTo) ?? UNITS[UNITS.length - 1]!;
  return format.format(Math.round(diff / ms), unit);
}
