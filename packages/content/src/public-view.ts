import { blankIds } from "./check/cloze-blanks";
import { askedParts, type TDatePart } from "./check/dates";
import type { TItem, TLessonId, TSkill, TText } from "./schema";
import { rotate, seededShuffle } from "./seeded-shuffle";

/*
 * What a browser may see of an item before the learner's answer is final: no key, no explanation, no
 * source quote (the quote contains the answer), no misconception tags. Built field by field from a
 * whitelist, never by deleting fields from the item, so a field added to the schema later stays private.
 */

export type TPublicOption = { id: string; text: TText };

type TPublicBase = { id: string; lessonId: TLessonId; skill: TSkill; prompt: TText };

export type TPublicItem = TPublicBase &
  (
    | { type: "single"; choices: TPublicOption[] }
    | { type: "multi"; choices: TPublicOption[] }
    | { type: "truefalse" }
    | { type: "numeric"; unit: string }
    | { type: "date"; parts: TDatePart[] }
    | { type: "ordering"; events: TPublicOption[] }
    | { type: "matching"; left: TPublicOption[]; right: TPublicOption[] }
    | { type: "cloze"; text: string; blanks: string[]; options?: string[] }
  );

const option = ({ id, text }: TPublicOption): TPublicOption => ({ id, text: copyText(text) });
const copyText = (text: TText): TText =>
  text.en === undefined ? { zh: text.zh } : { zh: text.zh, en: text.en };

/** Events in a shuffled order fixed by the item id, and never the answer order. */
function presentEvents(item: Extract<TItem, { type: "ordering" }>): TPublicOption[] {
  const shuffled = seededShuffle(item.events, item.id);
  const inAnswerOrder = shuffled.every((event, index) => event.id === item.answer[index]);
  return (inAnswerOrder ? rotate(shuffled) : shuffled).map(option);
}

/** The right column shuffled, so that its position does not give away each left item's partner. */
function presentRight(item: Extract<TItem, { type: "matching" }>): TPublicOption[] {
  const shuffled = seededShuffle(item.right, `${item.id}:right`);
  const aligned = item.left.every((left, index) => shuffled[index]?.id === item.answer[left.id]);
  return (aligned ? rotate(shuffled) : shuffled).map(option);
}

export function toPublicItem(item: TItem): TPublicItem {
  const base: TPublicBase = {
    id: item.id,
    lessonId: item.lessonId,
    skill: item.skill,
    prompt: copyText(item.prompt),
  };
  switch (item.type) {
    case "single":
    case "multi":
      return { ...base, type: item.type, choices: item.choices.map(option) };
    case "truefalse":
      return { ...base, type: "truefalse" };
    case "numeric":
      return { ...base, type: "numeric", unit: item.unit };
    case "date":
      return { ...base, type: "date", parts: askedParts(item.answer) };
    case "ordering":
      return { ...base, type: "ordering", events: presentEvents(item) };
    case "matching":
      return { ...base, type: "matching", left: item.left.map(option), right: presentRight(item) };
    case "cloze": {
      const view = { ...base, type: "cloze" as const, text: item.text, blanks: blankIds(item.text) };
      return item.options === undefined ? view : { ...view, options: seededShuffle(item.options, item.id) };
    }
  }
}
