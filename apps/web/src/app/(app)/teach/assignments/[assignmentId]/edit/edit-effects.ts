import { type TSettings, type TUpdateInput } from "./edit-input";

/** What an edit does to attempts already made: message keys of `manage.edit.effects`, in order. */
export type TEffect =
  | "title"
  | "opensAt"
  | "dueAt"
  | "timeLimit"
  | "shuffle"
  | "maxAttempts"
  | "feedback"
  | "scoreRelease"
  | "passPercent";

const sameTime = (a: Date | undefined, b: Date) => a === undefined || a.getTime() === b.getTime();

/**
 * The changed settings, each with what it means for attempts already started (see
 * update-assignment.ts on the server): the due time, attempts allowed, release settings and pass
 * mark apply at once to every attempt; the time limit and the order only to attempts started later.
 */
export function editEffects(before: TSettings, after: TUpdateInput): TEffect[] {
  const effects: TEffect[] = [];
  if (after.title !== undefined && after.title !== before.title) effects.push("title");
  if (!sameTime(after.opensAt, before.opensAt)) effects.push("opensAt");
  if (!sameTime(after.dueAt, before.dueAt)) effects.push("dueAt");
  if (after.timeLimitMinutes !== undefined && after.timeLimitMinutes !== before.timeLimitMinutes)
    effects.push("timeLimit");
  if (after.shuffle !== undefined && after.shuffle !== before.shuffle) effects.push("shuffle");
  if (after.maxAttempts !== undefined && after.maxAttempts !== before.maxAttempts)
    effects.push("maxAttempts");
  if (after.feedback !== undefined && after.feedback !== before.feedback) effects.push("feedback");
  if (after.scoreRelease !== undefined && after.scoreRelease !== before.scoreRelease)
    effects.push("scoreRelease");
  if (after.passPercent !== undefined && after.passPercent !== before.passPercent)
    effects.push("passPercent");
  return effects;
}
