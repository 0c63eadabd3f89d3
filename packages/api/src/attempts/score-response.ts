import { checkAnswer, getItem, type TItem } from "@dc/content";
import { parseStoredResponse } from "./stored-answer";

/** What a teacher's ACCEPT_ANSWER adjustment adds to an item's key (see assignments/accepted-keys.ts). */
export type TKeyRule = { acceptedKeys: readonly unknown[] } | undefined;

/**
 * The item under every key that counts: the bank's, plus keys a teacher accepted. A cloze's extra
 * strings join its blanks' accepted lists; for other types each extra key is an alternative.
 */
export function keyVariants(item: TItem, rule?: TKeyRule): TItem[] {
  const extra = rule?.acceptedKeys ?? [];
  if (!extra.length) return [item];
  if (item.type === "cloze") {
    const merged: Record<string, string[]> = { ...item.answer };
    for (const key of extra as Record<string, string[]>[]) {
      for (const [blank, strings] of Object.entries(key))
        merged[blank] = [...(merged[blank] ?? []), ...strings];
    }
    return [{ ...item, answer: merged }];
  }
  return [item, ...extra.map((answer) => ({ ...item, answer }) as TItem)];
}

/**
 * Scores a stored response (the best score under any accepted key); anything that no longer parses
 * or fits its item scores zero, never throws.
 */
export function scoreStored(
  itemId: string,
  stored: unknown,
  rule?: TKeyRule,
): { score: number; correct: boolean } {
  const item = getItem(itemId);
  const response = item ? parseStoredResponse(stored) : null;
  if (!item || !response) return { score: 0, correct: false };
  let best = { score: 0, correct: false };
  for (const variant of keyVariants(item, rule)) {
    try {
      const result = checkAnswer(variant, response);
      if (result.score > best.score) best = result;
    } catch {
      // a response that does not fit scores zero
    }
  }
  return best;
}
