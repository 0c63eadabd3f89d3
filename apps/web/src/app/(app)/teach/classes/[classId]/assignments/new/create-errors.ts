import { parseErrorMessage } from "@dc/api/contract";
import { knownOr, type TKnownCode } from "~/lib/error-code";
import type { TField, TFieldError, TFieldErrors } from "./assignment-input";

/** Where a refusal of `assignment.create` belongs on the form: next to a field, or above the form. */
export type TCreateProblem = { form: TFieldError | null; fields: TFieldErrors };

/** The API's field paths (zod) for the fields of our form. */
const FIELD_OF: Record<string, TField> = {
  title: "title",
  opensAt: "opensAt",
  dueAt: "dueAt",
  timeLimitMinutes: "timeLimit",
  maxAttempts: "maxAttempts",
  passPercent: "passPercent",
  "selection.itemCount": "itemCount",
  "selection.lessonIds": "lessonIds",
  "selection.skills": "skills",
  "selection.itemIds": "pickedIds",
};

/** Messages the API writes that we explain as they are; anything else is INVALID_INPUT. */
const FIELD_CODES = [
  "TITLE_REQUIRED",
  "TITLE_TOO_LONG",
  "DATE_OUT_OF_RANGE",
  "INVALID_CHARACTERS",
  "PASS_PERCENT_RANGE",
] as const satisfies readonly TKnownCode[];
const FORM_CODES = [
  "CLASS_ARCHIVED",
  "CLASS_NOT_FOUND",
  "INVALID_INPUT",
  "NETWORK",
  "INTERNAL_ERROR",
] as const satisfies readonly TKnownCode[];

/**
 * Turns the error code of a refused `assignment.create` (e.g. `NOT_ENOUGH_ITEMS:12`,
 * `UNKNOWN_ITEM:l1-wto`, or INVALID_INPUT with field errors) into messages for the form.
 */
export function createProblem(code: string, fieldErrors: Record<string, string> = {}): TCreateProblem {
  const { code: name, detail } = parseErrorMessage(code);
  switch (name) {
    case "NOT_ENOUGH_ITEMS":
      return { form: null, fields: { itemCount: { code: name, values: { available: Number(detail) } } } };
    case "DUE_BEFORE_OPEN":
      return { form: null, fields: { dueAt: { code: name } } };
    case "UNKNOWN_ITEM":
    case "DUPLICATE_ITEM":
      return { form: null, fields: { pickedIds: { code: name, values: { id: detail } } } };
    case "INVALID_INPUT": {
      const fields: TFieldErrors = {};
      let unplaced = false;
      for (const [path, message] of Object.entries(fieldErrors)) {
        const field = FIELD_OF[path];
        const known = knownOr(message, FIELD_CODES);
        if (field) fields[field] = { code: known === "generic" ? "FIELD_INVALID" : known };
        else unplaced = true;
      }
      const placed = Object.keys(fields).length > 0;
      return { form: unplaced || !placed ? { code: "INVALID_INPUT" } : null, fields };
    }
    default:
      return { form: { code: knownOr(code, FORM_CODES) }, fields: {} };
  }
}
