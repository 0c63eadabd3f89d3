import { answerText } from "./answer-text";
import { moduleOf, type TRevealKey } from "./item-types/registry";
import type { TItem, TSource, TText } from "./schema";

export type TReveal = {
  itemId: string;
  answerText: TText & { en: string };
  explanation: TText;
  /** Every paragraph the answer rests on, the primary one first. */
  sources: TSource[];
} & TRevealKey; // `type` and the raw `key`, for marking choices, events and blanks in the interface

/** The reveal of one type, as that type's input reads it. */
export type TRevealOf<T extends TReveal["type"]> = Extract<TReveal, { type: T }>;

/** The primary source, then any further ones. */
export function itemSources(item: TItem): TSource[] {
  return [item.source, ...(item.moreSources ?? [])];
}

/**
 * Reveals by item: a bank item never changes, and building one formats its key in words twice
 * (numbers through Intl), which every submitted exam paid for each of its items. Shared: callers copy
 * what they change (revealToClient, simplifyDeep), and the object itself is frozen.
 */
const reveals = new WeakMap<TItem, TReveal>();

/** What a learner sees once their answer is final: the key in words, why, and where the text says so. */
export function revealFor(item: TItem): TReveal {
  let reveal = reveals.get(item);
  if (!reveal) {
    reveal = Object.freeze(buildReveal(item));
    reveals.set(item, reveal);
  }
  return reveal;
}

function buildReveal(item: TItem): TReveal {
  return {
    itemId: item.id,
    ...({ type: item.type, key: moduleOf(item.type).key(item) } as TRevealKey),
    answerText: { zh: answerText(item, "zh"), en: answerText(item, "en") },
    explanation: item.explanation,
    sources: itemSources(item).map(({ paragraphId, quote }) => ({ paragraphId, quote })),
  };
}
