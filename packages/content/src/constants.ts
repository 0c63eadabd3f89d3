/*
 * `@dc/content/constants`: the bank's fixed lists as plain values, without zod, so that client
 * components can list skills, lessons, types and pools without loading the schema library.
 */

export const SKILLS = ["dates", "figures", "logic", "terms"] as const;
export const LESSON_IDS = [0, 1, 2, 3, 4, 5] as const;
/** Practice items teach (keys at once); assessment items are for assignments (keys when released). */
export const POOLS = ["practice", "assessment"] as const;
export const ITEM_TYPES = [
  "single",
  "multi",
  "truefalse",
  "numeric",
  "date",
  "ordering",
  "matching",
  "cloze",
] as const;
