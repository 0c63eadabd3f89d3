import { z } from "zod";
import { scoreCloze } from "../check/score";
import { sameText } from "../check/text";
import { seededShuffle } from "../seeded-shuffle";
import { ZItemBase, ZShortRecord } from "./base";
import { blankIds, fillBlanks, hasBlank } from "./cloze-text";
import { unknownIds, type TItemTypeModule, type TWidening } from "./module";

/**
 * `text` is a sentence of the article with blanks written `{{1}}`, `{{2}}`...; `answer` maps each blank
 * to the strings accepted there (the first is the article's own words). `options`, when given, turns
 * the blanks into a word bank.
 */
export const ZClozeItem = ZItemBase.extend({
  type: z.literal("cloze"),
  text: z.string().refine(hasBlank, "a cloze text needs a blank such as {{1}}"),
  answer: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  options: z.array(z.string().min(1)).optional(),
});
/** blank id ("1", "2", ...) -> typed or chosen text */
export const ZClozeResponse = z.object({ type: z.literal("cloze"), blanks: ZShortRecord });

type I = z.infer<typeof ZClozeItem>;
type R = z.infer<typeof ZClozeResponse>;
type V = { type: "cloze"; text: string; blanks: string[]; options?: string[] };

/** The article's own sentence: each blank filled with its first accepted answer. */
export const fillCloze = (text: string, answer: Record<string, string[]>) =>
  fillBlanks(text, (id) => answer[id]?.[0] ?? `{{${id}}}`);

/** Extra strings join their blanks' accepted lists: one item, each blank scored against all of them. */
const widening: TWidening<I> = {
  keyProblem: (item, key) => {
    if (typeof key !== "object" || key === null || Array.isArray(key)) return "NOT_BLANKS";
    const entries = Object.entries(key as Record<string, unknown>);
    if (!entries.length) return "NOT_BLANKS";
    for (const [blank, strings] of entries) {
      if (!Object.hasOwn(item.answer, blank)) return `UNKNOWN_BLANK:${blank}`;
      if (
        !Array.isArray(strings) ||
        !strings.length ||
        strings.some((s) => typeof s !== "string" || !s.trim())
      ) {
        return "NOT_STRINGS";
      }
      if (item.options && strings.some((s) => !item.options!.includes(s as string)))
        return "NOT_IN_WORD_BANK";
    }
    return null;
  },
  variants: (item, keys) => {
    const merged: Record<string, string[]> = { ...item.answer };
    for (const key of keys as Record<string, string[]>[]) {
      for (const [blank, strings] of Object.entries(key))
        merged[blank] = [...(merged[blank] ?? []), ...strings];
    }
    return [{ ...item, answer: merged }];
  },
};

export const cloze = {
  type: "cloze",
  item: ZClozeItem,
  response: ZClozeResponse,
  label: { en: "cloze", zh: "填空" },
  validate: (item, r) => {
    const unknown = unknownIds(Object.keys(r.blanks), Object.keys(item.answer));
    if (unknown) return `unknown blanks ${unknown} for item ${item.id}`;
    const options = item.options;
    if (options === undefined) return null;
    // A word picked in the Simplified interface is the bank's word in the other script: it is offered.
    const notOffered = Object.values(r.blanks).filter(
      (text) => text !== "" && !options.some((option) => sameText(text, option)),
    );
    const list = notOffered.map((text) => `"${text}"`).join(", ");
    return notOffered.length > 0 ? `${list} is not in the word bank of item ${item.id}` : null;
  },
  score: (item, r) => scoreCloze(item.answer, r.blanks, sameText),
  publicView: (item): V => {
    const view: V = { type: "cloze", text: item.text, blanks: blankIds(item.text) };
    return item.options === undefined ? view : { ...view, options: seededShuffle(item.options, item.id) };
  },
  key: (item) => item.answer,
  answerText: (item) => fillCloze(item.text, item.answer),
  responseText: (item, r, lang) =>
    Object.keys(item.answer)
      .map((blank) => `(${blank}) ${r.blanks[blank] ?? ""}`)
      .join(lang === "zh" ? "；" : "; "),
  keyResponse: (item) => ({
    type: "cloze",
    blanks: Object.fromEntries(Object.entries(item.answer).map(([k, v]) => [k, v[0]!])),
  }),
  // From a word bank, a word the blank does not accept; otherwise a typed non-answer.
  wrongResponse: (item) => {
    const wrong = (blank: string) => item.options?.find((o) => !item.answer[blank]!.includes(o)) ?? "不知道";
    return { type: "cloze", blanks: Object.fromEntries(Object.keys(item.answer).map((b) => [b, wrong(b)])) };
  },
  // A word bank is drawn in the attempt's order; its words are the response itself, never renamed.
  attempt: {
    lists: (item) => (item.options ? { word: item.options } : {}),
    present: (item, view, names) =>
      item.options ? { ...view, options: names.order("word", item.options, [item.options]) } : view,
    responseHasIds: false,
    response: (r) => r,
    key: (key) => key,
  },
  widening,
} satisfies TItemTypeModule<"cloze", I, R, V>;
