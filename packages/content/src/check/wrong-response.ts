import type { TItem } from "../schema";
import type { TResponse } from "./response";

/** A response a learner who has it all wrong gives: well-formed, scored 0 (tests and benchmarks). */
export function wrongResponse(item: TItem): TResponse {
  switch (item.type) {
    case "single":
      return { type: "single", choice: item.choices.find((c) => c.id !== item.answer)!.id };
    case "multi":
      // Only choices outside the key: no right pick to earn credit.
      return {
        type: "multi",
        choices: item.choices.filter((c) => !item.answer.includes(c.id)).map((c) => c.id),
      };
    case "truefalse":
      return { type: "truefalse", value: !item.answer };
    case "numeric":
      return { type: "numeric", value: String(item.answer + 1000) };
    case "date":
      // Each part moved on by one, still a plausible year, month or day: no half credit for the year.
      return {
        type: "date",
        year: item.answer.year === undefined ? undefined : String(item.answer.year + 1),
        month: item.answer.month === undefined ? undefined : String((item.answer.month % 12) + 1),
        day: item.answer.day === undefined ? undefined : String((item.answer.day % 28) + 1),
      };
    case "ordering":
      // Reversed: every pair of events in the wrong order.
      return { type: "ordering", order: [...item.answer].reverse() };
    case "matching": {
      // Each left item paired with the right option after its own (several may share a right option).
      const rights = item.right.map((r) => r.id);
      const next = (id: string) => rights[(rights.indexOf(id) + 1) % rights.length]!;
      return {
        type: "matching",
        pairs: Object.fromEntries(Object.entries(item.answer).map(([left, right]) => [left, next(right)])),
      };
    }
    case "cloze": {
      // From a word bank, a word the blank does not accept; otherwise a typed non-answer.
      const wrong = (blank: string) =>
        item.options?.find((o) => !item.answer[blank]!.includes(o)) ?? "不知道";
      return {
        type: "cloze",
        blanks: Object.fromEntries(Object.keys(item.answer).map((b) => [b, wrong(b)])),
      };
    }
  }
}
