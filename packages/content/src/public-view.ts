import { copyText } from "./item-types/module";
import { moduleOf, type TPublicBase, type TPublicItem } from "./item-types/registry";
import type { TItem } from "./schema";

/*
 * What a browser may see of an item before the learner's answer is final: no key, no explanation, no
 * source quote (the quote contains the answer), no misconception tags. Built field by field from a
 * whitelist (here and in each type's `publicView`), never by deleting fields from the item, so a field
 * added to the schema later stays private.
 */

export type { TPublicItem } from "./item-types/registry";
export type { TPublicOption } from "./item-types/module";

function publicBase(item: TItem): TPublicBase {
  return { id: item.id, lessonId: item.lessonId, skill: item.skill, prompt: copyText(item.prompt) };
}

export function toPublicItem(item: TItem): TPublicItem {
  return { ...publicBase(item), ...moduleOf(item.type).publicView(item) };
}
