import { describe, expect, it } from "vitest";
import { diceSimilarity, NEAR_IDENTICAL } from "./similarity";

const LONG = "外部需求不穩定出口難以繼續帶動經濟增長所以要以國內大循環為主體";

describe("diceSimilarity", () => {
  it("is 1 for the same text and 0 for texts sharing no bigram", () => {
    expect(diceSimilarity(LONG, LONG)).toBe(1);
    expect(diceSimilarity("內循環", "科技自立")).toBe(0);
  });

  it("counts one changed character in a long answer as near-identical", () => {
    const typo = LONG.replace("穩定", "穩訂");
    expect(diceSimilarity(LONG, typo)).toBeGreaterThanOrEqual(NEAR_IDENTICAL);
  });

  it("does not count a different claim as near-identical", () => {
    const other = "科技自立自強可以減少被卡脖子的風險保障產業鏈安全";
    expect(diceSimilarity(LONG, other)).toBeLessThan(0.3);
  });

  it("keeps a short answer and a longer one apart even when one contains the other", () => {
    expect(diceSimilarity("內循環為主", "內循環為主外循環為輔並且要保持開放")).toBeLessThan(NEAR_IDENTICAL);
  });

  it("is symmetric and counts repeated bigrams as often as they occur", () => {
    expect(diceSimilarity("循環循環", "循環")).toBeCloseTo(diceSimilarity("循環", "循環循環"));
    expect(diceSimilarity("哈哈哈", "哈哈")).toBeCloseTo((2 * 1) / 3);
  });

  it("treats an empty text as like nothing but another empty text", () => {
    expect(diceSimilarity("", "")).toBe(1);
    expect(diceSimilarity("", "內循環")).toBe(0);
  });
});
