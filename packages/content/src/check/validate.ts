import { z } from "zod";

import { moduleOf } from "../item-types/registry";
import type { TItem } from "../schema";
import { ZResponse } from "./response";

/**
 * Why a response cannot be scored against this item, or null when it can. A wrong answer is not an
 * error; a response of another type, one naming choices, events, pairs or blanks the item does not
 * have, or one leaving out asked parts (a date part, an event) is. The type's module says the rest.
 */
export function validateResponseFor(item: TItem, response: unknown): string | null {
  const parsed = ZResponse.safeParse(response);
  if (!parsed.success) return `invalid response: ${z.prettifyError(parsed.error)}`;
  const r = parsed.data;
  if (r.type !== item.type) return `item ${item.id} is a ${item.type} item; the response is ${r.type}`;
  return moduleOf(item.type).validate(item, r);
}
