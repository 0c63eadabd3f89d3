/** The cookie in which the browser tells the server its UTC offset, so days can be counted on the server. */
export const TZ_COOKIE = "tz";

/** The offsets real time zones use: UTC−12:00 (Baker Island) to UTC+14:00 (Kiribati). */
export const TZ_OFFSET_MIN = -12 * 60;
export const TZ_OFFSET_MAX = 14 * 60;

/**
 * Minutes east of UTC (480 in Hong Kong) from the cookie's value, clamped to real offsets (the
 * cookie is the client's to write); null when absent or not a number of minutes.
 */
export function parseTzOffset(value: string | undefined): number | null {
  if (value === undefined || !/^-?\d{1,4}$/.test(value)) return null;
  return Math.min(TZ_OFFSET_MAX, Math.max(TZ_OFFSET_MIN, Number(value)));
}
