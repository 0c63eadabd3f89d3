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
] as const satisfies readonly TKnownCode[];

export const classErrorKey = (code: string) => knownOr(code, KNOWN);
