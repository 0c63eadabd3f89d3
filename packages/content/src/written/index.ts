/*
 * `@dc/content/written`: short-answer items graded with a rubric, on their own (they are in the bank
 * too, as the `written` item type: ../item-types/written.ts).
 */
import { writtenInputs } from "../items/written";
import type { TLessonId, TPool } from "../schema";
import { loadWrittenItems } from "./load";
import type { TWrittenItem } from "../item-types/written";

/** Every written item, validated at import (throws with every problem listed if one is broken). */
export const writtenItems: TWrittenItem[] = loadWrittenItems(writtenInputs);

const byId = new Map(writtenItems.map((item) => [item.id, item]));

export function getWrittenItem(id: string): TWrittenItem | undefined {
  return byId.get(id);
}

/** A lesson's written items; of one pool when `pool` is given. */
export function writtenItemsByLesson(lessonId: TLessonId, pool?: TPool): TWrittenItem[] {
  return writtenItems.filter(
    (item) => item.lessonId === lessonId && (pool === undefined || item.pool === pool),
  );
}

export { loadWrittenItems } from "./load";
export { writtenIntegrityProblems, writtenItemSources } from "./integrity";
export {
  RUBRIC_CRITERIA,
  RUBRIC_POINTS,
  rubricPoints,
  rubricScore,
  type TCriterionPoints,
  ZBilingualText,
  ZCriterion,
  ZWrittenItem,
  type TCriterion,
  type TWrittenItem,
  type TWrittenItemInput,
} from "../item-types/written";
