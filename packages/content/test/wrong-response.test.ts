import { describe, expect, it } from "vitest";
import { checkAnswer, items, moduleOf, PENDING, PENDING_SCORE, wrongResponse } from "../src";

// A written answer is never scored at once, however wrong: it waits, pending, for its marking.
const expected = (item: (typeof items)[number]) =>
  moduleOf(item.type).score(item, wrongResponse(item)) === PENDING
    ? PENDING_SCORE
    : { score: 0, correct: false };

describe("wrongResponse", () => {
  it.each(items.map((item) => [item.id, item] as const))(
    "%s: a valid response that scores 0 (or waits for a teacher)",
    (_, item) => {
      expect(checkAnswer(item, wrongResponse(item))).toEqual(expected(item));
    },
  );

  it("leaves exactly the written items pending", () => {
    const pending = items.filter((item) => expected(item) === PENDING_SCORE).map((item) => item.type);
    expect(new Set(pending)).toEqual(new Set(["written"]));
  });
});
