import { checkAnswer, getItem, ZResponse } from "@dc/content";

/** Scores a stored response; anything that no longer parses or fits its item scores zero, never throws. */
export function scoreStored(itemId: string, stored: unknown): { score: number; correct: boolean } {
  const item = getItem(itemId);
  const response = ZResponse.safeParse(stored);
  if (!item || !response.success) return { score: 0, correct: false };
  try {
    return checkAnswer(item, response.data);
  } catch {
    return { score: 0, correct: false };
  }
}
