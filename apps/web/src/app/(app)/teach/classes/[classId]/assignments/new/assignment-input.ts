import type { RouterInputs } from "@dc/api";
import { ASSIGNMENT_LIMITS } from "@dc/api/contract";
import type { TLessonId, TSkill } from "@dc/content/schema";
import { fromDateTimeLocal } from "./datetime-local";

export type TFeedback = "IMMEDIATE" | "AFTER_DUE" | "NEVER";
export type TPool = "assessment" | "practice";
export type TCreateInput = RouterInputs["assignment"]["create"];

/** The form as the teacher fills it in: text fields hold what was typed. */
export type TAssignmentForm = {
  title: string;
  mode: "draw" | "pick";
  lessonIds: TLessonId[];
  skills: TSkill[];
  itemCount: string;
  /** Drawn items come from this pool (assessment by default). */
  pool: TPool;
  pickedIds: string[];
  shuffle: boolean;
  timed: boolean;
  timeLimit: string;
  maxAttempts: string;
  /** datetime-local values in the teacher's zone. */
  opensAt: string;
  dueAt: string;
  feedback: TFeedback;
  /** When scores (and each item's right or wrong) are shown, separately from the keys. */
  scoreRelease: TFeedback;
  /** The pass mark in per cent as typed; empty: no pass mark. */
  passMark: string;
};

export type TField =
  | "title"
  | "lessonIds"
  | "skills"
  | "itemCount"
  | "pickedIds"
  | "timeLimit"
  | "maxAttempts"
  | "opensAt"
  | "dueAt"
  | "passPercent";

/** A problem with one field: a message key of `assignments.errors`, with its values. */
export type TFieldError = { code: string; values?: Record<string, number | string> };
export type TFieldErrors = Partial<Record<TField, TFieldError>>;

/** The API's own limits, checked here before sending so the teacher learns at once. */
export const LIMITS = ASSIGNMENT_LIMITS;

/** A whole number typed in a field, or null. */
function whole(value: string): number | null {
  const text = value.trim();
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}

const inRange = (n: number | null, [min, max]: readonly [number, number]) =>
  n !== null && n >= min && n <= max;

/**
 * Checks the form and builds `assignment.create`'s input, or says what to fix, field by field.
 * `available` is how many bank items the chosen lessons and skills hold (null while unknown).
 */
export function buildAssignmentInput(
  form: TAssignmentForm,
  classId: string,
  available: number | null,
  timeZone?: string,
): { ok: true; input: TCreateInput } | { ok: false; errors: TFieldErrors } {
  const errors: TFieldErrors = {};
  const title = form.title.trim();
  if (!title) errors.title = { code: "TITLE_REQUIRED" };
  else if ([...title].length > LIMITS.title)
    errors.title = { code: "TITLE_TOO_LONG", values: { max: LIMITS.title } };

  const itemCount = whole(form.itemCount);
  if (form.mode === "draw") {
    if (!form.lessonIds.length) errors.lessonIds = { code: "LESSONS_REQUIRED" };
    if (!form.skills.length) errors.skills = { code: "SKILLS_REQUIRED" };
    if (!inRange(itemCount, [1, LIMITS.items])) {
      errors.itemCount = { code: "ITEM_COUNT_RANGE", values: { max: LIMITS.items } };
    } else if (available !== null && form.lessonIds.length && form.skills.length && itemCount! > available) {
      errors.itemCount = { code: "NOT_ENOUGH_ITEMS", values: { available } };
    }
  } else if (!form.pickedIds.length) {
    errors.pickedIds = { code: "PICK_REQUIRED" };
  } else if (form.pickedIds.length > LIMITS.items) {
    errors.pickedIds = { code: "PICK_TOO_MANY", values: { max: LIMITS.items } };
  }

  const timeLimit = whole(form.timeLimit);
  if (form.timed && !inRange(timeLimit, LIMITS.timeLimit)) {
    errors.timeLimit = {
      code: "TIME_LIMIT_RANGE",
      values: { min: LIMITS.timeLimit[0], max: LIMITS.timeLimit[1] },
    };
  }
  const maxAttempts = whole(form.maxAttempts);
  if (!inRange(maxAttempts, LIMITS.attempts))
    errors.maxAttempts = { code: "ATTEMPTS_RANGE", values: { max: LIMITS.attempts[1] } };

  const passPercent = form.passMark.trim() === "" ? null : whole(form.passMark);
  if (form.passMark.trim() !== "" && !inRange(passPercent, LIMITS.passPercent))
    errors.passPercent = {
      code: "PASS_PERCENT_RANGE",
      values: { min: LIMITS.passPercent[0], max: LIMITS.passPercent[1] },
    };

  const opensAt = fromDateTimeLocal(form.opensAt, timeZone);
  const dueAt = fromDateTimeLocal(form.dueAt, timeZone);
  if (!opensAt) errors.opensAt = { code: "DATE_INVALID" };
  if (!dueAt) errors.dueAt = { code: "DATE_INVALID" };
  else if (opensAt && dueAt <= opensAt) errors.dueAt = { code: "DUE_BEFORE_OPEN" };

  if (Object.keys(errors).length || !opensAt || !dueAt || maxAttempts === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      classId,
      title,
      selection:
        form.mode === "draw"
          ? {
              mode: "draw",
              lessonIds: form.lessonIds,
              skills: form.skills,
              itemCount: itemCount!,
              pool: form.pool,
            }
          : { mode: "pick", itemIds: form.pickedIds },
      shuffle: form.shuffle,
      timeLimitMinutes: form.timed ? timeLimit : null,
      maxAttempts,
      opensAt,
      dueAt,
      feedback: form.feedback,
      scoreRelease: form.scoreRelease,
      passPercent,
    },
  };
}

type TCounts = { bySkill: Record<string, number> };

/**
 * How many bank items the chosen lessons and skills hold, from `bank.summary`'s rows: in one pool
 * when `pool` is given (rows carry per-pool counts), else in the whole bank.
 */
export function availableItems(
  rows: (TCounts & { lessonId: number; pools?: Record<TPool, TCounts> })[],
  lessonIds: readonly number[],
  skills: readonly string[],
  pool?: TPool,
): number {
  let total = 0;
  for (const row of rows) {
    if (!lessonIds.includes(row.lessonId)) continue;
    const counts = pool && row.pools ? row.pools[pool] : row;
    for (const skill of skills) total += counts.bySkill[skill] ?? 0;
  }
  return total;
}
