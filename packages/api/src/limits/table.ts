/**
 * Every rate limit of the product, in one table (documented in docs/edge.md). Counters live in
 * PostgreSQL (rate-limiter-flexible's store), so every web instance shares them.
 *
 * - `by`: what a counter is kept per: the signed-in user, the client's address, or the account a
 *   sign-in names (its normalised email, whether or not the account exists).
 * - `points` tries per `seconds`; the next one is refused (HTTP 429) until the window ends, or for
 *   `blockSeconds` when set.
 */
export const LIMITS = {
  /** Wrong passwords in a row for one account; then a lockout that doubles each time (see sign-in.ts). */
  signInAccount: { by: "account", points: 5, seconds: 15 * 60 },
  /** Lockouts of one account in a day: the exponent of its growing back-off. */
  signInLockout: { by: "account", points: 1_000, seconds: 24 * 60 * 60 },
  /** Failed sign-ins from one address (a school's shared address included). */
  signInAddress: { by: "address", points: 50, seconds: 15 * 60, blockSeconds: 15 * 60 },
  /**
   * A whole school often shares one public address: several classes of 40 signing up in the same
   * hour must pass, while a script making accounts by the thousand does not.
   */
  signUpAddress: { by: "address", points: 200, seconds: 60 * 60 },
  /** For the password-reset request procedure: one line, `.use(limited("passwordResetAddress"))`. */
  passwordResetAddress: { by: "address", points: 5, seconds: 60 * 60 },
  /** Join codes are 6 of 31 characters: 10 guesses in 10 minutes find one class in ~10^7 years. */
  joinCodeUser: { by: "user", points: 10, seconds: 10 * 60 },
  /** Successes count too: five classes of 40 joining in one lesson behind a school's address pass. */
  joinCodeAddress: { by: "address", points: 200, seconds: 10 * 60 },
  /** Lesson quizzes, practice, assignment attempts and review sessions started. */
  attemptStartUser: { by: "user", points: 30, seconds: 10 * 60 },
  /** Practice answers checked: a student reading each question needs more than 2 s per item. */
  practiceCheckUser: { by: "user", points: 30, seconds: 60 },
} as const satisfies Record<string, TLimit>;

export type TLimit = {
  by: "user" | "address" | "account";
  points: number;
  seconds: number;
  blockSeconds?: number;
};
export type TLimitName = keyof typeof LIMITS;

/** The sign-in lockout: 1 minute the first time in a day, doubling each time, at most a day. */
export function lockoutSeconds(lockoutsToday: number): number {
  return Math.min(60 * 2 ** Math.max(0, lockoutsToday - 1), 24 * 60 * 60);
}
