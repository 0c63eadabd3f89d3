import { moduleOf, type TItem, type TResponse } from "./item-types/registry";
import type { TLang } from "./item-types/module";

export type { TLang } from "./item-types/module";
export { fillCloze } from "./item-types/cloze";

/** The key in words, as shown after an answer is final and in the exported bank. */
export const answerText = (item: TItem, lang: TLang): string => moduleOf(item.type).answerText(item, lang);

/**
 * A student's response in words, for exports and the teacher's views: choices by their text, numbers
 * and typed text as typed. Empty when the response is of another type (it no longer fits the item).
 */
export function responseText(item: TItem, response: TResponse, lang: TLang): string {
  if (response.type !== item.type) return "";
  return moduleOf(item.type).responseText(item, response, lang);
}
