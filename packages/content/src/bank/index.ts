import { itemInputs } from "../items";
import type { TItem, TLessonId, TPool } from "../schema";
import { loadItems } from "./load";

/** The item bank, validated at import (throws with every problem listed if an item is broken). */
export const items: TItem[] = loadItems(itemInputs);

const byId = new Map(items.map((item) => [item.id, item]));

export function getItem(id: string): TItem | undefined {
  return byId.get(id);
}

/** A lesson's items; of one pool when `pool` is given (practice drawing must pass "practice"). */
export function itemsByLesson(lessonId: TLessonId, pool?: TPool): TItem[] {
  return items.filter((item) => item.lessonId === lessonId && (pool === undefined || item.pool === pool));
}

/** Every item of one pool. */
export function itemsInPool(pool: TPool): TItem[] {
  return items.filter((item) => item.pool === pool);
}

export { loadItems } from "./load";
