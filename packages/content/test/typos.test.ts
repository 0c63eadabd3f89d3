import { describe, expect, it } from "vitest";

import { items } from "../src/bank";
import { lessons } from "../src/lessons";
import type { TItem } from "../src/schema";

/** The article's own slips: kept verbatim in quotes, never used as our own words. */
const ARTICLE_TYPOS = ["相輔相承", "事關全域", "智慧製造", "澎拜", "聯系"];

/** A typo in our prose must be marked as the article's: 「……洶湧澎拜〔原文〕」. */
function unmarkedTypos(text: string): string[] {
  return ARTICLE_TYPOS.filter((typo) => new RegExp(`${typo}(?!」?〔原文〕)`).test(text));
}

/** What an item says in its own words (its quotes and cloze sentence are the article's). */
function itemProse(item: TItem): string[] {
  const texts = [item.prompt.zh, item.explanation.zh];
  if (item.type === "single" || item.type === "multi") texts.push(...item.choices.map((c) => c.text.zh));
  if (item.type === "ordering") texts.push(...item.events.map((e) => e.text.zh));
  if (item.type === "matching") texts.push(...[...item.left, ...item.right].map((o) => o.text.zh));
  if (item.type === "cloze") texts.push(...(item.options ?? []));
  return texts;
}

describe("the article's typos", () => {
  it("are marked 〔原文〕 wherever items use them in their own text", () => {
    const found = items.flatMap((item) =>
      itemProse(item).flatMap((text) => unmarkedTypos(text).map((typo) => `${item.id}: ${typo}`)),
    );
    expect(found).toEqual([]);
  });

  it("are marked 〔原文〕 in lessons (titles are the article's headings, verbatim)", () => {
    const found = lessons.flatMap((lesson) =>
      [
        lesson.summary.zh,
        ...lesson.objectives.map((o) => o.zh),
        ...lesson.keyFacts.map((f) => f.about.zh),
        ...lesson.glossary.map((g) => g.explanation.zh),
        ...lesson.timeline.flatMap((t) => [t.label.zh, t.when.zh]),
      ].flatMap((text) => unmarkedTypos(text).map((typo) => `lesson ${lesson.id}: ${typo}`)),
    );
    expect(found).toEqual([]);
  });

  it("finds an unmarked typo and accepts a marked one", () => {
    expect(unmarkedTypos("內外循環要相輔相承")).toEqual(["相輔相承"]);
    expect(unmarkedTypos("「更加洶湧澎拜〔原文〕」；「數字經濟、「智慧製造」〔原文〕")).toEqual([]);
  });
});
