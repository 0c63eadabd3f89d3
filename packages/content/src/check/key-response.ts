import type { TItem } from "../schema";
import type { TResponse } from "./response";

/** The response a learner who knows the text gives: built from the item's key (tests and benchmarks). */
export function keyResponse(item: TItem): TResponse {
  switch (item.type) {
    case "single":
      return { type: "single", choice: item.answer };
    case "multi":
      return { type: "multi", choices: item.answer };
    case "truefalse":
      return { type: "truefalse", value: item.answer };
    case "numeric":
      return { type: "numeric", value: String(item.answer) };
    case "date":
      return {
        type: "date",
        year: item.answer.year?.toString(),
        month: item.answer.month?.toString(),
        day: item.answer.day?.toString(),
      };
    case "ordering":
      return { type: "ordering", order: item.answer };
    case "matching":
      return { type: "matching", pairs: item.answer };
    case "cloze":
      return {
        type: "cloze",
        blanks: Object.fromEntries(Object.entries(item.answer).map(([k, v]) => [k, v[0]!])),
      };
  }
}
