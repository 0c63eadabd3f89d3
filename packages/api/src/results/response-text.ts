import { responseText as typeResponseText, ZResponse, type TItem, type TLang } from "@dc/content";

/**
 * A student's response in words, for exports and the teacher's views: choices by their text,
 * numbers and typed text as typed (each item type's module writes its own). Empty when there is no
 * response or it no longer fits the item.
 */
export function responseText(item: TItem, stored: unknown, lang: TLang = "zh"): string {
  const parsed = ZResponse.safeParse(stored);
  return parsed.success ? typeResponseText(item, parsed.data, lang) : "";
}

/** What separates choice ids in `responseChoiceIds`; the bank's ids are letters and digits only. */
export const CHOICE_ID_SEPARATOR = ";";

/**
 * The options a single- or multiple-choice response picked, by their ids in the bank (a, b, c…), in
 * the bank's order: unambiguous where the texts are not (an option's text may itself contain 「、」).
 * Empty for other types, no response, or one that no longer fits the item.
 */
export function responseChoiceIds(item: TItem, stored: unknown): string {
  const parsed = ZResponse.safeParse(stored);
  if (!parsed.success || (item.type !== "single" && item.type !== "multi")) return "";
  const r = parsed.data;
  const picked =
    item.type === "single" && r.type === "single"
      ? new Set([r.choice])
      : item.type === "multi" && r.type === "multi"
        ? new Set(r.choices)
        : null;
  if (!picked) return "";
  return item.choices
    .filter((c) => picked.has(c.id))
    .map((c) => c.id)
    .join(CHOICE_ID_SEPARATOR);
}
