import { getItem, validateResponseFor, type TItem, type TResponse } from "@dc/content";
import { invalidResponse, itemNotInAttempt } from "./errors";

/** The item, if it belongs to the attempt and the response fits it; otherwise a clear BAD_REQUEST. */
export function itemForResponse(itemIds: string[], itemId: string, response: TResponse): TItem {
  const item = itemIds.includes(itemId) ? getItem(itemId) : undefined;
  if (!item) throw itemNotInAttempt();
  const problem = validateResponseFor(item, response);
  if (problem) throw invalidResponse(problem);
  return item;
}
