/** Extra time and attempts as stored: on an Enrollment (standing) or an Accommodation (one assignment). */
export type TExtra = { extraTimeSec: number; extraTimePercent: number; extraAttempts: number };

export const NO_EXTRA: TExtra = { extraTimeSec: 0, extraTimePercent: 0, extraAttempts: 0 };

export const isNoExtra = (e: TExtra) =>
  e.extraTimeSec === 0 && e.extraTimePercent === 0 && e.extraAttempts === 0;

export const sameExtra = (a: TExtra, b: TExtra) =>
  a.extraTimeSec === b.extraTimeSec &&
  a.extraTimePercent === b.extraTimePercent &&
  a.extraAttempts === b.extraAttempts;

/**
 * What one student gets on one assignment. The assignment's own accommodation, when there is one,
 * wins whole (it may even take a standing accommodation away); otherwise the standing one of the
 * class member applies. Per cent is of the assignment's time limit, rounded up to whole seconds, and
 * added to the fixed extra time; an untimed assignment gets no extra time at all.
 */
export function effectiveAccommodation(
  assignment: { timeLimitSec: number | null; maxAttempts: number },
  standing: TExtra | null | undefined,
  override: TExtra | null | undefined,
) {
  const source: "ASSIGNMENT" | "STANDING" | "NONE" = override
    ? "ASSIGNMENT"
    : standing && !isNoExtra(standing)
      ? "STANDING"
      : "NONE";
  const extra = override ?? standing ?? NO_EXTRA;
  const limit = assignment.timeLimitSec;
  const extraTimeSec =
    limit === null ? 0 : extra.extraTimeSec + Math.ceil((limit * extra.extraTimePercent) / 100);
  return {
    source,
    /** The settings as given (minutes and per cent), for the teacher to read and edit. */
    extraTimeMinutes: extra.extraTimeSec / 60,
    extraTimePercent: extra.extraTimePercent,
    extraAttempts: extra.extraAttempts,
    /** All the extra time in seconds on this assignment (0 when untimed). */
    extraTimeSec,
    /** The student's own time limit in seconds; null when untimed. */
    timeLimitSec: limit === null ? null : limit + extraTimeSec,
    attemptsAllowed: assignment.maxAttempts + extra.extraAttempts,
  };
}

/** Prisma select of the extra-time fields (Enrollment or Accommodation). */
export const extraSelect = { extraTimeSec: true, extraTimePercent: true, extraAttempts: true } as const;
