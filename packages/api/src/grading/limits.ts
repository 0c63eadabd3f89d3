/** The limits of grading input, as the API enforces them and the grading page checks them. */
export const GRADING_LIMITS = {
  /** Characters of a teacher's comment on an answer. */
  comment: 1000,
  /** Characters of the reason for a rubric change. */
  reason: 500,
  /** Answers graded by one decision. */
  groupSize: 500,
  /** A criterion's points for one assignment, most (0 takes it out of the total). */
  criterionPoints: 6,
} as const;
