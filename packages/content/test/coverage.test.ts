import { describe, expect, it } from "vitest";

import { paragraphs } from "../src/article";
import { items } from "../src/bank";
import { articleFacts, factCoverage, findPatternHits, itemTestsFact, NOT_FACTS } from "../src/facts";
import { fixtures } from "./fixtures";

describe("dates and figures of the article", () => {
  it("are found by the patterns, with the expected ones among them", () => {
    const texts = articleFacts.map((fact) => `${fact.paragraphId} ${fact.text}`);
    for (const expected of [
      "s0-p1 5月14日",
      "s1-p2 2001年",
      "s1-p3 11.6%",
      "s1-p3 22.3%",
      "s1-p3 67%",
      "s1-p3 2006年底",
      "s2-p3 31.9%",
      "s2-p3 六成",
      "s2-p3 14億",
      "s2-p3 4億",
      "s3-p3 3,040億美元",
      "s4-p1 7月21日",
      "s4-p2 41萬億元人民幣",
      "s4-p2 96%",
      "s4-p2 1.4倍",
      "s4-p2 十五年",
      "s4-p3 14%",
      "s5-r6 第十五次",
      "s5-r3 7月",
    ]) {
      expect(texts).toContain(expected);
    }
  });

  it("allowlists only real pattern hits (no stale entries)", () => {
    const hits = findPatternHits(paragraphs);
    for (const entry of NOT_FACTS) {
      expect(
        hits.some((hit) => hit.paragraphId === entry.paragraphId && hit.text === entry.text),
        entry.text,
      ).toBe(true);
    }
  });

  it("counts an item as testing a fact only from the same paragraph, in its prompt or key", () => {
    const fact = articleFacts.find((f) => f.paragraphId === "s3-p3" && f.text === "3,040億美元");
    const year = articleFacts.find((f) => f.paragraphId === "s3-p3" && f.text === "2019年");
    expect(fact && itemTestsFact(fixtures.numeric, fact)).toBe(true);
    expect(year && itemTestsFact(fixtures.numeric, year)).toBe(true);
    const elsewhere = articleFacts.find((f) => f.paragraphId === "s2-p3" && f.text === "2019年");
    expect(elsewhere && itemTestsFact(fixtures.numeric, elsewhere)).toBe(false);
    const population = articleFacts.find((f) => f.paragraphId === "s2-p3" && f.text === "4億");
    const fourteen = {
      ...fixtures.numeric,
      prompt: { zh: "人口？" },
      answer: 14,
      unit: "億",
      source: { paragraphId: "s2-p3", quote: "超過14億人口" },
    };
    expect(population && itemTestsFact(fourteen, population)).toBe(false);
  });

  it("are each tested by at least one item of the bank", () => {
    const untested = factCoverage(articleFacts, items)
      .filter((entry) => entry.itemIds.length === 0)
      .map((entry) => `${entry.fact.paragraphId} ${entry.fact.text}`);
    expect(untested).toEqual([]);
  });
});
