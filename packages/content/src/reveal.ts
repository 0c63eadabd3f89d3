import { answerText } from "./answer-text";
import type { TItem, TSource, TText } from "./schema";

export type TReveal = {
  itemId: string;
  /** The raw key, for marking choices, events and blanks in the interface. */
  key: TItem["answer"];
  answerText: TText & { en: string };
  explanation: TText;
  /** Every paragraph the answer rests on, the primary one first. */
  sources: TSource[];
};

/** The primary source, then any further ones. */
export function itemSources(item: TItem): TSource[] {
  return [item.source, ...(item.moreSources ?? [])];
}

/** What a learner sees once their answer is final: the key in words, why, and where the text says so. */
export function revealFor(item: TItem): TReveal {
  return {
    itemId: item.id,
    key: item.answer,
    answerText: { zh: answerText(item, "zh"), en: answerText(item, "en") },
    explanation: item.explanation,
    sources: itemSources(item).map(({ paragraphId, quote }) => ({ paragraphId, quote })),
  };
}
