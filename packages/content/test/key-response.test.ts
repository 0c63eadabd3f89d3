import { describe, expect, it } from "vitest";
import { checkAnswer, items, keyResponse, moduleOf, PENDING, PENDING_SCORE } from "../src";

// A type scored by a teacher after submit (written) is pending even with its model answer.
const expected = (item: (typeof items)[number]) =>
  moduleOf(item.type).score(item, keyResponse(item)) === PENDING
    ? PENDING_SCORE
    : { score: 1, correct: true };

describe("keyResponse", () => {
  it.each(items.map((item) => [item.id, item] as const))(
    "%s: its own key scores full marks (or waits for a teacher)",
    (_, item) => {
      expect(checkAnswer(item, keyResponse(item))).toEqual(expected(item));
    },
  );

  it("leaves exactly the written items pending", () => {
    const pending = items.filter((item) => expected(item) === PENDING_SCORE).map((item) => item.type);
    expect(new Set(pending)).toEqual(new Set(["written"]));
  });
});
