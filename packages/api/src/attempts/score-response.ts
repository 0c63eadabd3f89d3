import {
  checkAnswer,
  getItem,
  isPending,
  moduleOf,
  PENDING_SCORE,
  type TCheckResult,
  type TItem,
} from "@dc/content";
import { parseStoredResponse } from "./stored-answer";

/** What a teacher's ACCEPT_ANSWER adjustment adds to an item's key (see assignments/accepted-keys.ts). */
export type TKeyRule = { acceptedKeys: readonly unknown[] } | undefined;

/**
 * The item under every key that counts: the bank's, plus keys a teacher accepted, as the type's module
 * widens it (a cloze's extra strings join its blanks' accepted lists; for other types each extra key is
 * an alternative). A type whose key cannot be widened keeps its own.
 */
export function keyVariants(item: TItem, rule?: TKeyRule): TItem[] {
  const extra = rule?.acceptedKeys ?? [];
  const widening = moduleOf(item.type).widening;
  if (!extra.length || !widening) return [item];
  return widening.variants(item, extra);
}

/**
 * Scores a stored response (the best score under any accepted key); anything that no longer parses
 * or fits its item scores zero, never throws. Pending when the item's type is scored by a teacher.
 */
export function scoreStored(itemId: string, stored: unknown, rule?: TKeyRule): TCheckResult {
  const item = getItem(itemId);
  const response = item ? parseStoredResponse(stored) : null;
  if (!item || !response) return { score: 0, correct: false };
  let best: TCheckResult = { score: 0, correct: false };
  for (const variant of keyVariants(item, rule)) {
    try {
      const result = checkAnswer(variant, response);
      if (isPending(result)) return PENDING_SCORE;
      if (result.score > (best.score ?? 0)) best = result;
    } catch {
      // a response that does not fit scores zero
    }
  }
  return best;
}
