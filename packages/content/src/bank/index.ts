import { itemInputs } from "../items";
import type { TItem, TLessonId } from "../schema";
import { loadItems } from "./load";

/** The item bank, validated at import (throws with every problem listed if an item is broken). */
export const items: TItem[] = loadItems(itemInputs);

const byId = new Map(items.map((item) => [item.id, item]));

export function getItem(id: string): TItem | undefined {
  return byId.get(id);
}

export function itemsByLesson(lessonId: TLessonId): TItem[] {
  return items.filter((item) => item.lessonId === lessonId);
}

export { loadItems } from "./load";
export { integrityProblems } from "./integrity";
