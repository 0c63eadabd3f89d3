import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { toSimplified } from "../src/chinese/convert";
import { normaliseText, sameText } from "../src/check/text";

describe("sameText (cloze answers)", () => {
  it.each([
    ["兩頭在外", "兩頭在外"],
    ["两头在外", "兩頭在外"],
    [" 卡脖子 ", "卡脖子"],
    ["「卡脖子」", "卡脖子"],
    ["科技脱钩", "科技脫鈎"],
    ["GDP", "GDP"],
    ["gdp", "GDP"],
    ["ＧＤＰ", "GDP"],
    ["made by east,  consumed by west", "Made by East, Consumed by West"],
    ["６７％", "67%"],
    ["供给侧 结构性改革", "供給側結構性改革"],
  ])("accepts %j for %j", (typed, accepted) => {
    expect(sameText(typed, accepted)).toBe(true);
  });

  it.each([
    ["兩頭在內", "兩頭在外"],
    ["", "卡脖子"],
    ["   ", "卡脖子"],
    ["外循環", "內循環"],
    ["67", "67%"],
    ["madebyeast", "Made by East"],
  ])("rejects %j for %j", (typed, accepted) => {
    expect(sameText(typed, accepted)).toBe(false);
  });

  it("accepts every article term typed in Simplified (property over the glossary's words)", () => {
    const terms = [
      "國際大循環",
      "大進大出",
      "世界工廠",
      "空心化",
      "去槓桿",
      "再工業化",
      "內生型",
      "微循環",
      "地攤經濟",
      "小店經濟",
      "補短板",
      "六把鑰匙",
      "十四五",
      "負面清單",
      "現代流通體系",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...terms), fc.constantFrom("", " ", "　"), (term, pad) => {
        expect(sameText(`${pad}${toSimplified(term)}${pad}`, term)).toBe(true);
      }),
    );
  });

  it("is idempotent (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(normaliseText(normaliseText(text))).toBe(normaliseText(text));
      }),
    );
  });
});
