import { describe, expect, it } from "vitest";

import { paragraphs } from "../src/article";
import { toSimplified, toTraditional } from "../src/chinese/convert";

describe("toSimplified (the reader's 简体 switch)", () => {
  it("converts the article's Traditional text", () => {
    expect(toSimplified("中國經濟「雙循環」新格局：大船轉舵")).toBe("中国经济「双循环」新格局：大船转舵");
    expect(toSimplified("兩頭在外、大進大出")).toBe("两头在外、大进大出");
  });

  it("turns the particle 著 into 着 but keeps 顯著 (why the Taiwan profile)", () => {
    expect(toSimplified("擔當著經濟增長的主動力")).toBe("担当着经济增长的主动力");
    expect(toSimplified("集中力量辦大事的顯著優勢")).toBe("集中力量办大事的显著优势");
  });

  it("keeps punctuation, digits, Latin and length of every paragraph", () => {
    for (const paragraph of paragraphs) {
      const simplified = toSimplified(paragraph.text);
      expect(simplified.length).toBe(paragraph.text.length);
      expect(simplified.replace(/[\u4e00-\u9fff]/g, "")).toBe(paragraph.text.replace(/[\u4e00-\u9fff]/g, ""));
    }
  });
});

describe("toTraditional (normalising answers typed in Simplified)", () => {
  it("converts Simplified terms back", () => {
    expect(toTraditional("两头在外")).toBe("兩頭在外");
    expect(toTraditional("补短板")).toBe("補短板");
    expect(toTraditional("供给侧结构性改革")).toBe("供給側結構性改革");
    expect(toTraditional("卡脖子")).toBe("卡脖子");
  });

  it("leaves Traditional text as it is", () => {
    expect(toTraditional("地攤經濟")).toBe("地攤經濟");
  });
});
