import { moduleOf } from "../item-types/registry";
import type { TItem } from "../schema";
import type { TResponse } from "./response";

/** A response a learner who has it all wrong gives: well-formed, scored 0 (tests and benchmarks). */
export const wrongResponse = (item: TItem): TResponse => moduleOf(item.type).wrongResponse(item);
