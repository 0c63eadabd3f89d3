import type { TLessonId, TSkill } from "@dc/content/schema";

/** The filters of the pick list; undefined means any. */
export type TBankFilter = { lessonId?: TLessonId; skill?: TSkill; type?: string; pool?: string };

/** The bank items that pass the filters, in bank order. */
export function filterBank<T extends { lessonId: number; skill: string; type: string; pool?: string }>(
  items: readonly T[],
  filter: TBankFilter,
): T[] {
  return items.filter(
    (item) =>
      (filter.lessonId === undefined || item.lessonId === filter.lessonId) &&
      (filter.skill === undefined || item.skill === filter.skill) &&
      (filter.type === undefined || item.type === filter.type) &&
      (filter.pool === undefined || item.pool === filter.pool),
  );
}

/** Moves one picked id up (-1) or down (+1); the list is unchanged at either end. */
export function movePicked(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** Adds or removes a picked id, keeping the order in which the teacher picked. */
export const togglePicked = (ids: readonly string[], id: string, on: boolean): string[] =>
  on ? (ids.includes(id) ? [...ids] : [...ids, id]) : ids.filter((x) => x !== id);
