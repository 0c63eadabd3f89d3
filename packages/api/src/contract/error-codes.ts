/*
 * The API's error codes, shared by the api (which throws them) and the web app (which translates
 * them): an error's message is its code, or "CODE:detail" (e.g. NOT_ENOUGH_ITEMS:12). This file has
 * no dependencies, so the browser bundle can import it (`@dc/api/contract`).
 */

/** tRPC's names of the HTTP statuses our codes are sent with. */
type THttpKind =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR";

/** Every code a procedure can answer with, and its HTTP status. */
export const ERROR_CODES = {
  // Attempts and review. Another user's attempt is "not found", never "forbidden".
  ATTEMPT_NOT_FOUND: "NOT_FOUND",
  ATTEMPT_SUBMITTED: "CONFLICT",
  ATTEMPT_EXPIRED: "CONFLICT",
  ITEM_NOT_IN_ATTEMPT: "BAD_REQUEST",
  INVALID_RESPONSE: "BAD_REQUEST",
  NOT_A_PRACTICE_ATTEMPT: "BAD_REQUEST",
  NOTHING_DUE: "PRECONDITION_FAILED",
  DAILY_LIMIT_REACHED: "PRECONDITION_FAILED",
  UNKNOWN_PARAGRAPH: "BAD_REQUEST",
  // Written answers: a self-grade marks a final written answer against its item's own criteria.
  NOT_A_WRITTEN_ITEM: "BAD_REQUEST",
  ANSWER_NOT_FINAL: "PRECONDITION_FAILED",
  UNKNOWN_CRITERION: "BAD_REQUEST",
  // Assignments. Another teacher's assignment, or one of a class the student is not in, is "not found".
  ASSIGNMENT_NOT_FOUND: "NOT_FOUND",
  ASSIGNMENT_NOT_OPEN: "PRECONDITION_FAILED",
  NO_ATTEMPTS_LEFT: "PRECONDITION_FAILED",
  ASSIGNMENT_HAS_ATTEMPTS: "CONFLICT",
  DUE_BEFORE_OPEN: "BAD_REQUEST",
  UNKNOWN_ITEM: "BAD_REQUEST",
  DUPLICATE_ITEM: "BAD_REQUEST",
  NOT_ENOUGH_ITEMS: "BAD_REQUEST",
  ITEM_NOT_IN_ASSIGNMENT: "BAD_REQUEST",
  ACCEPTED_KEY_INVALID: "BAD_REQUEST",
  NO_ADJUSTMENT: "BAD_REQUEST",
  // Grading written answers (with NOT_A_WRITTEN_ITEM and UNKNOWN_CRITERION above).
  ATTEMPT_NOT_SUBMITTED: "CONFLICT",
  ANSWER_NOT_FOUND: "NOT_FOUND",
  // Classes and rosters. Another teacher's class is "not found", like one that does not exist.
  CLASS_NOT_FOUND: "NOT_FOUND",
  OWNER_ONLY: "FORBIDDEN",
  CLASS_NUMBER_TAKEN: "CONFLICT",
  TEACHER_NOT_FOUND: "NOT_FOUND",
  ALREADY_TEACHES: "CONFLICT",
  CO_TEACHER_NOT_FOUND: "NOT_FOUND",
  ANNOUNCEMENT_NOT_FOUND: "NOT_FOUND",
  STUDENT_NOT_FOUND: "NOT_FOUND",
  JOIN_CODE_INVALID: "NOT_FOUND",
  CLASS_ARCHIVED: "PRECONDITION_FAILED",
  ROSTER_INVALID: "BAD_REQUEST",
  ROSTER_CONFLICT: "CONFLICT",
  // Access.
  SIGN_IN_REQUIRED: "UNAUTHORIZED",
  PASSWORD_CHANGE_REQUIRED: "FORBIDDEN",
  TEACHER_NOT_CONFIRMED: "FORBIDDEN",
  TEACHERS_ONLY: "FORBIDDEN",
  STUDENTS_ONLY: "FORBIDDEN",
  ADMINS_ONLY: "FORBIDDEN",
  // Accounts, passwords, invitations.
  ACCOUNT_NOT_FOUND: "NOT_FOUND",
  NOT_ON_YOURSELF: "BAD_REQUEST",
  WRONG_PASSWORD: "BAD_REQUEST",
  SAME_PASSWORD: "BAD_REQUEST",
  WEAK_PASSWORD: "BAD_REQUEST",
  EMAIL_TAKEN: "CONFLICT",
  RESET_LINK_INVALID: "NOT_FOUND",
  RESET_LINK_USED: "BAD_REQUEST",
  RESET_LINK_EXPIRED: "BAD_REQUEST",
  RESET_BY_EMAIL_OFF: "PRECONDITION_FAILED",
  INVITATION_INVALID: "NOT_FOUND",
  INVITATION_FOR_ANOTHER_EMAIL: "FORBIDDEN",
  ALREADY_TEACHER: "CONFLICT",
  // Set by the error formatter and the rate limits, not thrown as domain errors.
  INVALID_INPUT: "BAD_REQUEST",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  INTERNAL_ERROR: "INTERNAL_SERVER_ERROR",
} as const satisfies Record<string, THttpKind>;

export type TErrorCode = keyof typeof ERROR_CODES;

/** What an input schema says of one field (in `fieldErrors` of an INVALID_INPUT). */
export const FIELD_ERROR_CODES = [
  "TITLE_REQUIRED",
  "TITLE_TOO_LONG",
  "DATE_OUT_OF_RANGE",
  "INVALID_CHARACTERS",
  "PASS_PERCENT_RANGE",
  "CLASS_NUMBER_RANGE",
  "TEACHER_REQUIRED",
  "NOTICE_REQUIRED",
  "NOTICE_TOO_LONG",
  "INVALID_EMAIL",
  "NAME_REQUIRED",
  "NAME_TOO_LONG",
  "REASON_REQUIRED",
  "TOO_DEEP",
] as const;

export type TFieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Codes the web client gives failures the API never answered: no connection, or no code at all. */
export type TClientErrorCode = TErrorCode | "NETWORK" | "generic";

export const isErrorCode = (code: string): code is TErrorCode => Object.hasOwn(ERROR_CODES, code);

/** An error message split into its code and detail: "NOT_ENOUGH_ITEMS:12" → NOT_ENOUGH_ITEMS, "12". */
export function parseErrorMessage(message: string): { code: TErrorCode | null; detail: string } {
  const [head = "", detail = ""] = message.split(/:(.*)/s);
  return { code: isErrorCode(head) ? head : null, detail };
}
