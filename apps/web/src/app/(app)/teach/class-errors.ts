import { knownOr, type TKnownCode } from "~/lib/error-code";

/** Error codes of the class procedures that `classes.errors` explains; anything else is generic. */
const KNOWN = [
  "NAME_REQUIRED",
  "NAME_TOO_LONG",
  "CLASS_NOT_FOUND",
  "STUDENT_NOT_FOUND",
  "CLASS_ARCHIVED",
  "TEACHERS_ONLY",
  "NETWORK",
  "INTERNAL_ERROR",
  "CLASS_NUMBER_TAKEN",
  "CLASS_NUMBER_RANGE",
  "TEACHER_REQUIRED",
  "TEACHER_NOT_FOUND",
  "ALREADY_TEACHES",
  "OWNER_ONLY",
  "CO_TEACHER_NOT_FOUND",
  "NOTICE_REQUIRED",
  "NOTICE_TOO_LONG",
  "INVALID_CHARACTERS",
  "ANNOUNCEMENT_NOT_FOUND",
  "INVALID_INPUT",
] as const satisfies readonly TKnownCode[];

export const classErrorKey = (code: string) => knownOr(code, KNOWN);
