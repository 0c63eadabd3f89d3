import type { RouterInputs } from "@dc/api";
import { LIMITS, type TFieldErrors } from "../../../classes/[classId]/assignments/new/assignment-input";
import { fromDateTimeLocal } from "../../../classes/[classId]/assignments/new/datetime-local";

export type TDuplicateForm = { classId: string; title: string; opensAt: string; dueAt: string };
type TDuplicateInput = RouterInputs["assignment"]["duplicate"];

/** Checks the copy's title and dates (in the teacher's zone) and builds `assignment.duplicate`'s input. */
export function buildDuplicateInput(
  form: TDuplicateForm,
  assignmentId: string,
  timeZone?: string,
): { ok: true; input: TDuplicateInput } | { ok: false; errors: TFieldErrors } {
  const errors: TFieldErrors = {};
  const title = form.title.trim();
  if (!title) errors.title = { code: "TITLE_REQUIRED" };
  else if ([...title].length > LIMITS.title)
    errors.title = { code: "TITLE_TOO_LONG", values: { max: LIMITS.title } };
  const opensAt = fromDateTimeLocal(form.opensAt, timeZone);
  const dueAt = fromDateTimeLocal(form.dueAt, timeZone);
  if (!opensAt) errors.opensAt = { code: "DATE_INVALID" };
  if (!dueAt) errors.dueAt = { code: "DATE_INVALID" };
  else if (opensAt && dueAt <= opensAt) errors.dueAt = { code: "DUE_BEFORE_OPEN" };
  if (Object.keys(errors).length || !opensAt || !dueAt) return { ok: false, errors };
  return { ok: true, input: { assignmentId, classId: form.classId, title, opensAt, dueAt } };
}
