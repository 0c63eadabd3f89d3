import { dateTimeFormat } from "~/lib/intl-formats";
/*
 * `<input type="datetime-local">` holds a wall-clock time without a zone ("2026-03-02T08:30"). The
 * teacher means their own time zone (the browser's unless one is given), and the server wants an
 * instant: these convert between the two.
 */

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE_MS = 60_000;

type TWallTime = { year: number; month: number; day: number; hour: number; minute: number };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function wallTimeIn(at: Date, timeZone?: string): TWallTime {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
  };
}

const asUtc = (w: TWallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/** How far the zone's clock is ahead of UTC at an instant, in ms (Hong Kong: +8 h). */
function zoneOffsetMs(at: number, timeZone?: string): number {
  const whole = Math.floor(at / MINUTE_MS) * MINUTE_MS;
  return asUtc(wallTimeIn(new Date(whole), timeZone)) - whole;
}

/** An instant as the value of a datetime-local input, in the teacher's zone (seconds dropped). */
export function toDateTimeLocal(at: Date, timeZone?: string): string {
  const w = wallTimeIn(at, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * A datetime-local value as an instant in the teacher's zone; null when it is empty or malformed.
 * A time that the clocks skip (the hour lost when summer time starts) falls after the gap, and a
 * time that happens twice (the hour repeated in autumn) is its first occurrence.
 */
export function fromDateTimeLocal(value: string, timeZone?: string): Date | null {
  const match = PATTERN.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null; // 31 April and the like
  // The offsets in force on either side of the wall time; the earlier instant that reads as
  // this wall time wins, and one that reads as no wall time (a gap) takes the later offset.
  const before = zoneOffsetMs(wall - 86_400_000, timeZone);
  const after = zoneOffsetMs(wall + 86_400_000, timeZone);
  const candidates = [wall - Math.max(before, after), wall - Math.min(before, after)];
  for (const instant of candidates) {
    if (toDateTimeLocal(new Date(instant), timeZone) === value.trim()) return new Date(instant);
  }
  return new Date(wall - Math.min(before, after));
}

/** The browser's time zone name ("Asia/Hong_Kong"), to say which clock the times are in. */
export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Default times for a new assignment: open now (to the minute) and due a week later at 23:59,
 * both as datetime-local values in the teacher's zone.
 */
export function defaultSchedule(now: Date, timeZone?: string): { opensAt: string; dueAt: string } {
  const opensAt = toDateTimeLocal(now, timeZone);
  const weekLater = toDateTimeLocal(new Date(now.getTime() + 7 * 86_400_000), timeZone);
  return { opensAt, dueAt: `${weekLater.slice(0, 10)}T23:59` };
}
