import { describe, expect, it } from "vitest";
import { checkAnswer, items, keyResponse } from "../src";

describe("keyResponse", () => {
  it.each(items.map((item) => [item.id, item] as const))("%s: its own key scores full marks", (_, item) => {
    expect(checkAnswer(item, keyResponse(item))).toEqual({ score: 1, correct: true });
  });
});
