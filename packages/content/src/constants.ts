/*
 * `@dc/content/constants`: the bank's fixed lists as plain values, without zod, so that client
 * components can list skills, lessons, types and pools without loading the schema library.
 */

export const SKILLS = ["dates", "figures", "logic", "terms"] as const;
export const LESSON_IDS = [0, 1, 2, 3, 4, 5] as const;
/** Practice items teach (keys at once); assessment items are for assignments (keys when released). */
export const POOLS = ["practice", "assessment"] as const;
/** Every item type; each has a module in `src/item-types` (the registry there must list them all). */
export const ITEM_TYPES = [
  "single",
  "multi",
  "truefalse",
  "numeric",
  "date",
  "ordering",
  "matching",
  "cloze",
  "written",
] as const;
export type TItemType = (typeof ITEM_TYPES)[number];

/**
 * Types whose key a teacher can widen with an ACCEPT_ANSWER correction; the others take FULL_CREDIT
 * or DROP. A type listed here must give its module a `widening` (the compiler checks), one not listed
 * must give null.
 */
export const WIDENABLE_TYPES = [
  "single",
  "multi",
  "truefalse",
  "numeric",
  "cloze",
] as const satisfies readonly TItemType[];
export type TWidenableType = (typeof WIDENABLE_TYPES)[number];

export const isWidenable = (type: TItemType): type is TWidenableType =>
  (WIDENABLE_TYPES as readonly TItemType[]).includes(type);

/** The longest written answer a learner may send: a long paragraph of Chinese. */
export const WRITTEN_MAX_CHARS = 1000;

// The one zh/en text picker, zod-free like everything here, for client components.
export { localized } from "./localized";
