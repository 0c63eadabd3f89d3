import { getItem, validateResponseFor, type TItem, type TResponse } from "@dc/content";
import { attemptExpired, attemptSubmitted, invalidResponse, itemNotInAttempt } from "./errors";

/**
 * An answer on its way in is checked here, once: its shape by the procedure's input schema
 * (ZResponse), then against its item by `responseProblem`; `refuseClosed` and `refuseMisfit` turn the attempt's
 * state and the outcome into the one clear error each write path (save, practice check) gives.
 */

/** Why a response (in bank ids) does not fit its item, or null when it does; "UNKNOWN_ITEM" without one. */
export const responseProblem = (item: TItem | undefined, response: TResponse) =>
  item ? validateResponseFor(item, response) : "UNKNOWN_ITEM";

/** An attempt that takes no more answers: submitted, or past its deadline and grace. */
export function refuseClosed(attempt: { status: "IN_PROGRESS" | "SUBMITTED"; expired: boolean }) {
  if (attempt.status === "SUBMITTED") throw attemptSubmitted();
  if (attempt.expired) throw attemptExpired();
}

/** An answer to an item the attempt does not hold, or one that does not fit its item. */
export function refuseMisfit(itemIds: readonly string[], itemId: string, problem: string | null): TItem {
  const item = itemIds.includes(itemId) ? getItem(itemId) : undefined;
  if (!item) throw itemNotInAttempt();
  if (problem) throw invalidResponse(problem);
  return item;
}
