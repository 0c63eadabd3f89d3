import { localized as say, ZResponse, type TItem, type TLang, type TText } from "@dc/content";

/**
 * A student's response in words, for exports and the teacher's views: choices by their text,
 * numbers and typed text as typed. Empty when there is no response or it no longer fits the item.
 */
export function responseText(item: TItem, stored: unknown, lang: TLang = "zh"): string {
  const parsed = ZResponse.safeParse(stored);
  if (!parsed.success || parsed.data.type !== item.type) return "";
  const r = parsed.data;
  const sep = lang === "zh" ? "、" : "; ";
  const label = (options: { id: string; text: TText }[], id: string) => {
    const found = options.find((o) => o.id === id);
    return found ? say(found.text, lang) : id;
  };
  if (item.type === "single" && r.type === "single") return label(item.choices, r.choice);
  if (item.type === "multi" && r.type === "multi")
    return r.choices.map((id) => label(item.choices, id)).join(sep);
  if (item.type === "truefalse" && r.type === "truefalse") {
    return lang === "zh" ? (r.value ? "正確" : "錯誤") : r.value ? "True" : "False";
  }
  if (item.type === "numeric" && r.type === "numeric") return r.value;
  if (item.type === "date" && r.type === "date") {
    const parts = [r.year && `${r.year}年`, r.month && `${r.month}月`, r.day && `${r.day}日`];
    return lang === "zh"
      ? parts.filter(Boolean).join("")
      : [r.year, r.month, r.day].filter((p) => p !== undefined && p !== "").join("-");
  }
  if (item.type === "ordering" && r.type === "ordering")
    return r.order.map((id) => label(item.events, id)).join(" → ");
  if (item.type === "matching" && r.type === "matching") {
    return item.left
      .filter((left) => r.pairs[left.id] !== undefined)
      .map((left) => `${say(left.text, lang)} → ${label(item.right, r.pairs[left.id]!)}`)
      .join(lang === "zh" ? "；" : "; ");
  }
  if (item.type === "cloze" && r.type === "cloze") {
    return Object.keys(item.answer)
      .map((blank) => `(${blank}) ${r.blanks[blank] ?? ""}`)
      .join(lang === "zh" ? "；" : "; ");
  }
  return "";
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
