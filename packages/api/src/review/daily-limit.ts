/**
 * How much review a day holds. Like Anki's daily limits: at most this many items a day, the rest
 * wait for tomorrow (and the page says so), so a backlog never turns into a wall of work.
 */
export const DAILY_REVIEW_LIMIT = 20;

/** The school's day: Hong Kong time (UTC+8, no daylight saving). */
const SCHOOL_UTC_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/** The start of the school day that `now` falls in. */
export function startOfSchoolDay(now: Date): Date {
  const local = now.getTime() + SCHOOL_UTC_OFFSET_MS;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - SCHOOL_UTC_OFFSET_MS);
}

/** Today's share of the due items: what fits in what is left of the day's limit, and what waits. */
export function dailyShare(due: number, reviewedToday: number, limit = DAILY_REVIEW_LIMIT) {
  const left = Math.max(0, limit - reviewedToday);
  const today = Math.min(due, left);
  return { today, later: due - today, left };
}
