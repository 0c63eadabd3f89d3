import { countedAttempt, type TAttemptFacts } from "../assignments/status";

/**
 * Which of a student's submitted attempts the item analysis reads. FIRST is the default (as in
 * Moodle): item statistics assume each student meets the items unseen, and a second attempt comes
 * after feedback and practice. BEST is the attempt the gradebook counts; LATEST the most recent.
 */
export const ANALYSIS_ATTEMPTS = ["FIRST", "BEST", "LATEST"] as const;
export type TAnalysisAttempts = (typeof ANALYSIS_ATTEMPTS)[number];
export const DEFAULT_ANALYSIS_ATTEMPTS: TAnalysisAttempts = "FIRST";

/** The attempt to analyse, from one student's attempts oldest first; null when none is submitted. */
export function attemptForAnalysis<T extends TAttemptFacts>(
  attempts: readonly T[],
  rule: TAnalysisAttempts,
): T | null {
  const submitted = attempts.filter((a) => a.status === "SUBMITTED");
  if (rule === "FIRST") return submitted[0] ?? null;
  if (rule === "LATEST") return submitted.at(-1) ?? null;
  return countedAttempt(submitted);
}
