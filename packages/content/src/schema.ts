/**
 * The item bank's contract. Every item is validated against `ZItem` at load time and in tests;
 * answer keys live only here and in the checker, never in the public view (see public-view.ts).
 * Each item type's schema lives in its module (src/item-types/<type>.ts); this file gathers them.
 */

export { ITEM_TYPES, LESSON_IDS, POOLS, SKILLS, WIDENABLE_TYPES, type TItemType } from "./constants";
export {
  ZSkill,
  type TSkill,
  ZLessonId,
  type TLessonId,
  ZParagraphId,
  ZText,
  type TText,
  ZMisconception,
  ZSource,
  type TSource,
  ZPool,
  type TPool,
  /** The fields every item type shares; written items (src/written) extend it outside `ZItem` for now. */
  ZItemBase,
} from "./item-types/base";
export { ZDateValue, type TDateValue } from "./item-types/date";
export { ZItem, type TItem, type TItemInput, type TItemOf } from "./item-types/registry";
