/**
 * Whether a score passes the assignment's pass mark: null when there is no pass mark or nothing is
 * scored. Compared on the percent rounded to one decimal, as the gradebook and CSVs show it, so a
 * student shown "60%" never fails a 60% pass mark by a rounding hair.
 */
export function passed(percent: number | null, passPercent: number | null): boolean | null {
  if (passPercent === null || percent === null) return null;
  return Math.round(percent * 10) / 10 >= passPercent;
}
