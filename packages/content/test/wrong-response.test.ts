import { describe, expect, it } from "vitest";
import { checkAnswer, items, wrongResponse } from "../src";

describe("wrongResponse", () => {
  it.each(items.map((item) => [item.id, item] as const))("%s: a valid response that scores 0", (_, item) => {
    expect(checkAnswer(item, wrongResponse(item))).toEqual({ score: 0, correct: false });
  });
});
