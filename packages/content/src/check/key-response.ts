import { moduleOf } from "../item-types/registry";
import type { TItem } from "../schema";
import type { TResponse } from "./response";

/** The response a learner who knows the text gives: built from the item's key (tests and benchmarks). */
export const keyResponse = (item: TItem): TResponse => moduleOf(item.type).keyResponse(item);
