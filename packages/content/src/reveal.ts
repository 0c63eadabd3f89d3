import { answerText } from "./answer-text";
import type { TItem, TText } from "./schema";

export type TReveal = {
  itemId: string;
  /** The raw key, for marking choices, events and blanks in the interface. */
  key: TItem["answer"];
  answerText: TText & { en: string };
  explanation: TText;
  source: { paragraphId: string; quote: string };
};

/** What a learner sees once their answer is final: the key in words, why, and where the text says so. */
export function revealFor(item: TItem): TReveal {
  return {
    itemId: item.id,
    key: item.answer,
    answerText: { zh: answerText(item, "zh"), en: answerText(item, "en") },
    explanation: item.explanation,
    source: { paragraphId: item.source.paragraphId, quote: item.source.quote },
  };
}
