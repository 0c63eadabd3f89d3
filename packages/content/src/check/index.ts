import type { TItem } from "../schema";
import { scoreDate } from "./dates";
import { InvalidResponseError } from "./errors";
import { sameQuantity } from "./numbers";
import type { TResponse } from "./response";
import { scoreCloze, scoreMatching, scoreMulti, scoreOrdering } from "./score";
import { sameText } from "./text";
import { validateResponseFor } from "./validate";

export type TCheckResult = { score: number; correct: boolean };

/**
 * Scores a learner's response to an item (pure; the server calls it, the browser never has the key).
 * Throws `InvalidResponseError` when the response does not fit the item (see `validateResponseFor`).
 */
export function checkAnswer(item: TItem, response: TResponse): TCheckResult {
  const problem = validateResponseFor(item, response);
  if (problem !== null) throw new InvalidResponseError(item.id, problem);
  const score = scoreResponse(item, response);
  return { score, correct: score === 1 };
}

function scoreResponse(item: TItem, r: TResponse): number {
  const all = (ok: boolean) => (ok ? 1 : 0);
  if (item.type === "single" && r.type === "single") return all(r.choice === item.answer);
  if (item.type === "truefalse" && r.type === "truefalse") return all(r.value === item.answer);
  if (item.type === "multi" && r.type === "multi") return scoreMulti(item.answer, r.choices);
  if (item.type === "numeric" && r.type === "numeric") return all(sameQuantity(r.value, item));
  if (item.type === "date" && r.type === "date") return scoreDate(item.answer, r);
  if (item.type === "ordering" && r.type === "ordering") return scoreOrdering(item.answer, r.order);
  if (item.type === "matching" && r.type === "matching") return scoreMatching(item.answer, r.pairs);
  if (item.type === "cloze" && r.type === "cloze") return scoreCloze(item.answer, r.blanks, sameText);
  return 0; // unreachable: validateResponseFor has matched the types
}

export { InvalidResponseError } from "./errors";
export { ZResponse, type TResponse } from "./response";
export { validateResponseFor } from "./validate";
