/** The cookie in which the browser tells the server its UTC offset, so days can be counted on the server. */
export const TZ_COOKIE = "tz";

/** Minutes east of UTC (480 in Hong Kong) from the cookie's value; null when absent or not an offset. */
export function parseTzOffset(value: string | undefined): number | null {
  if (value === undefined || !/^-?\d{1,3}$/.test(value)) return null;
  const minutes = Number(value);
  return Math.abs(minutes) <= 14 * 60 ? minutes : null;
}
