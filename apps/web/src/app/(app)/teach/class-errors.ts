/** Error codes of the class procedures that `classes.errors` explains; anything else is generic. */
const KNOWN = new Set([
  "NAME_REQUIRED",
  "NAME_TOO_LONG",
  "CLASS_NOT_FOUND",
  "STUDENT_NOT_FOUND",
  "CLASS_ARCHIVED",
  "TEACHERS_ONLY",
  "NETWORK",
  "INTERNAL_ERROR",
]);

export const classErrorKey = (code: string) => (KNOWN.has(code) ? code : "generic");
