import { ZResponse, type TItem, type TResponse } from "@dc/content";

/**
 * The one place a stored Answer.response (JSON, in bank ids) becomes a typed response. A response
 * stored under an older shape of its type, or under another type than its item's now, is null:
 * it scores zero and shows as unanswered, and nothing that reads answers has to guess its shape.
 */
export function parseStoredResponse(stored: unknown, item?: TItem): TResponse | null {
  const parsed = ZResponse.safeParse(stored);
  if (!parsed.success) return null;
  return item && parsed.data.type !== item.type ? null : parsed.data;
}
