import { describe, expect, it } from "vitest";
import { normaliseAnswer } from "./normalise-answer";

describe("normaliseAnswer", () => {
  it("ignores spacing, punctuation and full-width forms", () => {
    expect(normaliseAnswer("內循環為主，外循環為輔。")).toBe(normaliseAnswer(" 內循環 為主, 外循環為輔 "));
    expect(normaliseAnswer("ＧＤＰ增長放緩")).toBe(normaliseAnswer("gdp增長放緩"));
    expect(normaliseAnswer("「大船轉舵」")).toBe(normaliseAnswer("大船轉舵"));
  });

  it("reads Simplified and Traditional as the same answer", () => {
    expect(normaliseAnswer("国内大循环为主体")).toBe(normaliseAnswer("國內大循環為主體"));
  });

  it("keeps different words apart", () => {
    expect(normaliseAnswer("內循環為主")).not.toBe(normaliseAnswer("外循環為主"));
  });

  it("makes a blank or punctuation-only answer empty", () => {
    expect(normaliseAnswer("  。，！ ")).toBe("");
    expect(normaliseAnswer("")).toBe("");
  });
});
