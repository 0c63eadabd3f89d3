/**
 * An assignment's limits, as the API enforces them (schemas.ts) and the teacher's form checks them
 * before sending (apps/web, through `@dc/api/contract`): one list, so the two cannot drift apart.
 */
export const ASSIGNMENT_LIMITS = {
  /** Characters of a title. */
  title: 120,
  /** Items drawn or picked. */
  items: 50,
  /** Minutes of a time limit, least and most. */
  timeLimit: [1, 180],
  /** Attempts allowed, least and most. */
  attempts: [1, 10],
  /** A pass mark in per cent of the points possible, least and most. */
  passPercent: [1, 100],
  /** A student's extra minutes, extra per cent of the time limit and extra attempts, least and most. */
  extraTime: [0, 360],
  extraTimePercent: [0, 200],
  extraAttempts: [0, 10],
} as const;
