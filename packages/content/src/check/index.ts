import { moduleOf } from "../item-types/registry";
import { PENDING, type TPending } from "../item-types/module";
import type { TItem } from "../schema";
import { InvalidResponseError } from "./errors";
import type { TResponse } from "./response";
import { validateResponseFor } from "./validate";

/** A response scored at once: 0..1, `correct` when 1. */
export type TScored = { score: number; correct: boolean };
/** A response a teacher scores later (a written answer): no score yet. */
export type TPendingScore = { score: null; correct: null; pending: true };
export type TCheckResult = TScored | TPendingScore;

export const PENDING_SCORE: TPendingScore = { score: null, correct: null, pending: true };
export const isPending = (result: TCheckResult): result is TPendingScore => result.score === null;

/**
 * Scores a learner's response to an item (pure; the server calls it, the browser never has the key).
 * Throws `InvalidResponseError` when the response does not fit the item (see `validateResponseFor`).
 * Pending when the item's type is scored by a teacher after submit.
 */
export function checkAnswer(item: TItem, response: TResponse): TCheckResult {
  const problem = validateResponseFor(item, response);
  if (problem !== null) throw new InvalidResponseError(item.id, problem);
  return resultOf(moduleOf(item.type).score(item, response));
}

/** A module's score as a check result: `correct` when 1, no score while pending. */
export const resultOf = (score: number | TPending): TCheckResult =>
  score === PENDING ? PENDING_SCORE : { score, correct: score === 1 };

export { InvalidResponseError } from "./errors";
export { ZResponse, type TResponse } from "./response";
export { validateResponseFor } from "./validate";
