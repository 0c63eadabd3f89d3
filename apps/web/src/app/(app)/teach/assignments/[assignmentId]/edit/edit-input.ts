import type { RouterInputs } from "@dc/api";
import {
  buildAssignmentInput,
  type TAssignmentForm,
  type TFieldErrors,
} from "../../../classes/[classId]/assignments/new/assignment-input";
import { toDateTimeLocal } from "../../../classes/[classId]/assignments/new/datetime-local";

/** `assignment.update`'s input, with the times as the Dates this form builds. */
export type TUpdateInput = Omit<RouterInputs["assignment"]["update"], "opensAt" | "dueAt"> & {
  opensAt: Date;
  dueAt: Date;
};

/** The assignment's settings as `assignment.get` gives them. */
export type TSettings = {
  id: string;
  classId: string;
  title: string;
  itemIds: string[];
  shuffle: boolean;
  timeLimitMinutes: number | null;
  maxAttempts: number;
  opensAt: Date;
  dueAt: Date;
  feedback: TAssignmentForm["feedback"];
  scoreRelease: TAssignmentForm["scoreRelease"];
  passPercent: number | null;
};

/** The form filled with the assignment's settings, times in the teacher's zone; the items stay as picked. */
export function formOf(a: TSettings, timeZone?: string): TAssignmentForm {
  return {
    title: a.title,
    mode: "pick",
    lessonIds: [],
    skills: [],
    itemCount: String(a.itemIds.length),
    pool: "assessment",
    pickedIds: a.itemIds,
    shuffle: a.shuffle,
    timed: a.timeLimitMinutes !== null,
    timeLimit: String(a.timeLimitMinutes ?? 20),
    maxAttempts: String(a.maxAttempts),
    opensAt: toDateTimeLocal(a.opensAt, timeZone),
    dueAt: toDateTimeLocal(a.dueAt, timeZone),
    feedback: a.feedback,
    scoreRelease: a.scoreRelease,
    passMark: a.passPercent === null ? "" : String(a.passPercent),
  };
}

/**
 * Checks the edited settings as the new-assignment form does and builds `assignment.update`'s input
 * (settings only: the items are never sent, they cannot change).
 */
export function buildUpdateInput(
  form: TAssignmentForm,
  a: TSettings,
  timeZone?: string,
): { ok: true; input: TUpdateInput } | { ok: false; errors: TFieldErrors } {
  const built = buildAssignmentInput(
    { ...form, mode: "pick", pickedIds: a.itemIds },
    a.classId,
    null,
    timeZone,
  );
  if (!built.ok) return built;
  const {
    title,
    shuffle,
    timeLimitMinutes,
    maxAttempts,
    opensAt,
    dueAt,
    feedback,
    scoreRelease,
    passPercent,
  } = built.input;
  return {
    ok: true,
    input: {
      assignmentId: a.id,
      title,
      shuffle,
      timeLimitMinutes,
      maxAttempts,
      // A time left as it was keeps its seconds (the field shows minutes only); a changed one is a Date
      // from buildAssignmentInput (the router's input type says only "unknown").
      opensAt: form.opensAt === toDateTimeLocal(a.opensAt, timeZone) ? a.opensAt : (opensAt as Date),
      dueAt: form.dueAt === toDateTimeLocal(a.dueAt, timeZone) ? a.dueAt : (dueAt as Date),
      feedback,
      scoreRelease,
      passPercent,
    },
  };
}
