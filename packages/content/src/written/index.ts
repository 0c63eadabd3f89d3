/*
 * `@dc/content/written`: short-answer items graded with a rubric. Deliberately apart from the bank
 * (`items`, `ZItem`, `ITEM_TYPES`), which the api and web consume today: README.md, "Written items",
 * says how they join it once written answers can be graded.
 */
import { writtenInputs } from "../items/written";
import type { TLessonId, TPool } from "../schema";
import { loadWrittenItems } from "./load";
import type { TWrittenItem } from "./schema";

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
  ZBilingualText,
  ZCriterion,
  ZWrittenItem,
  type TCriterion,
  type TWrittenItem,
  type TWrittenItemInput,
} from "./schema";
