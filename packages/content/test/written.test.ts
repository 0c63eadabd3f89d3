import { describe, expect, it } from "vitest";

import { items } from "../src/bank";
import { writtenInputs } from "../src/items/written";
import { LESSON_IDS, POOLS } from "../src/schema";
import {
  getWrittenItem,
  loadWrittenItems,
  RUBRIC_CRITERIA,
  RUBRIC_POINTS,
  rubricPoints,
  writtenIntegrityProblems,
  writtenItems,
  writtenItemsByLesson,
  ZWrittenItem,
  type TWrittenItem,
  type TWrittenItemInput,
} from "../src/written";
import { bracketedQuotes, writtenProse, writtenQuoteProblems } from "../src/written/quality";

/** A hand-made item that passes every check, for testing the checks themselves. */
const fixture: TWrittenItemInput = {
  id: "l2-fixture-written",
  pool: "assessment",
  lessonId: 2,
  skill: "logic",
  type: "written",
  prompt: {
    zh: "為甚麼說「攻內」優先於「攘外」？",
    en: "Why does 'attack within' come before 'repel without'?",
  },
  modelAnswer: {
    zh: "因為雙循環有主次：「以內循環為主，外循環為輔」。",
    en: "Because the dual circulation has an order: internal primary, external auxiliary.",
  },
  rubric: [
    {
      id: "order",
      points: 2,
      description: { zh: "說出「以內循環為主，外循環為輔」。", en: "States the order." },
      sources: [{ paragraphId: "s2-p1", quote: "即「以內循環為主，外循環為輔」" }],
    },
    {
      id: "focus",
      points: 1,
      description: { zh: "指出重點放在構建「內循環」。", en: "Says the focus is the internal circulation." },
      sources: [{ paragraphId: "s2-p1", quote: "顯示中央明確將重點放在構建「內循環」" }],
    },
  ],
  explanation: { zh: "見第二節第一段。", en: "See section 2, paragraph 1." },
  source: { paragraphId: "s2-p1", quote: "「攻內」優先於「攘外」" },
};
const [parsedFixture] = loadWrittenItems([fixture]) as [TWrittenItem];

function problems(check: (item: TWrittenItem) => string[]): string[] {
  return writtenItems.flatMap((item) => check(item).map((problem) => `${item.id}: ${problem}`));
}

describe("the written item schema and checks", () => {
  it("accept a valid item and add up its rubric", () => {
    expect(parsedFixture.rubric).toHaveLength(2);
    expect(rubricPoints(parsedFixture.rubric)).toBe(3);
    expect(writtenQuoteProblems(parsedFixture)).toEqual([]);
  });

  it("refuse rubrics that are too small, too large, or not in whole points", () => {
    const [first, second] = fixture.rubric as [
      TWrittenItemInput["rubric"][0],
      TWrittenItemInput["rubric"][0],
    ];
    const one = { ...fixture, rubric: [first] };
    const heavy = { ...fixture, rubric: [first, { ...second, points: 5 }] };
    const half = { ...fixture, rubric: [first, { ...second, points: 0.5 }] };
    const five = { ...fixture, rubric: [1, 2, 3, 4, 5].map((n) => ({ ...second, id: `c${n}` })) };
    for (const bad of [one, heavy, half, five]) expect(ZWrittenItem.safeParse(bad).success).toBe(false);
    expect(() => loadWrittenItems([heavy])).toThrow(/2 to 6 points in all/);
  });

  it("refuse an item without English, without a model answer or without a source", () => {
    const { modelAnswer: _, ...noModel } = fixture;
    const noEnglish = { ...fixture, prompt: { zh: fixture.prompt.zh } };
    const noSources = {
      ...fixture,
      rubric: fixture.rubric.map((criterion) => ({ ...criterion, sources: [] })),
    };
    for (const bad of [noModel, noEnglish, noSources])
      expect(ZWrittenItem.safeParse(bad).success).toBe(false);
  });

  it("find structural problems: lesson prefix, repeated criteria, paragraphs missing or not cited", () => {
    const [first] = parsedFixture.rubric as [TWrittenItem["rubric"][0]];
    expect(writtenIntegrityProblems({ ...parsedFixture, lessonId: 3 })).toEqual([
      'id should start with "l3-"',
    ]);
    expect(writtenIntegrityProblems({ ...parsedFixture, rubric: [first, first] })).toEqual([
      "repeated criterion ids: order",
    ]);
    const elsewhere = { ...first, id: "elsewhere", sources: [{ paragraphId: "s2-p9", quote: "xx" }] };
    expect(writtenIntegrityProblems({ ...parsedFixture, rubric: [first, elsewhere] })).toEqual([
      "paragraph s2-p9 is not in the article",
      "criterion elsewhere rests on s2-p9, which the item does not cite",
    ]);
    expect(() => loadWrittenItems([fixture, fixture])).toThrow(/l2-fixture-written.*duplicate id/);
  });

  it("find quotes that are not the article's words, and 「」 that do not pair", () => {
    expect(bracketedQuotes("「「攻內」優先於「攘外」」")).toEqual({
      quotes: ["攻內", "攘外", "「攻內」優先於「攘外」"],
      balanced: true,
    });
    expect(bracketedQuotes("「攻內」」").balanced).toBe(false);
    const [first, second] = parsedFixture.rubric as [TWrittenItem["rubric"][0], TWrittenItem["rubric"][0]];
    const misquoted = {
      ...parsedFixture,
      modelAnswer: { ...parsedFixture.modelAnswer, zh: "因為「以外循環為主」。" },
      rubric: [first, { ...second, sources: [{ paragraphId: "s2-p1", quote: "重點放在構建外循環" }] }],
    };
    expect(writtenQuoteProblems(misquoted)).toEqual([
      'criterion focus: quote "重點放在構建外循環" is not verbatim in s2-p1',
      "model answer: 「以外循環為主」 is not in s2-p1",
    ]);
    // A criterion's 「」 must be in that criterion's own paragraphs, not just somewhere in the item.
    const borrowed = {
      ...parsedFixture,
      moreSources: [{ paragraphId: "s1-p5", quote: "強弩之末" }],
      rubric: [first, { ...second, description: { zh: "「強弩之末」", en: "x" } }],
    };
    expect(writtenQuoteProblems(borrowed)).toEqual(["criterion focus: 「強弩之末」 is not in s2-p1"]);
  });
});

describe("the written items", () => {
  it("are valid against the schema and load without errors", () => {
    expect(writtenItems).toHaveLength(writtenInputs.length);
    for (const item of writtenItems) expect(ZWrittenItem.safeParse(item).success, item.id).toBe(true);
    expect(problems(writtenIntegrityProblems)).toEqual([]);
  });

  it("number at least 34, at least 4 per lesson, at least 26 in the assessment pool", () => {
    expect(writtenItems.length).toBeGreaterThanOrEqual(34);
    for (const lessonId of LESSON_IDS) {
      expect(writtenItemsByLesson(lessonId).length, `lesson ${lessonId}`).toBeGreaterThanOrEqual(4);
    }
    expect(writtenItems.filter((item) => item.pool === "assessment").length).toBeGreaterThanOrEqual(26);
  });

  it("each state their pool, and each lesson has both pools", () => {
    for (const input of writtenInputs) expect(POOLS, input.id).toContain(input.pool);
    for (const lessonId of LESSON_IDS) {
      for (const pool of POOLS) {
        expect(writtenItemsByLesson(lessonId, pool).length, `lesson ${lessonId} ${pool}`).toBeGreaterThan(0);
      }
    }
  });

  it("have unique ids, none of them an id of another item in the bank", () => {
    const ids = writtenItems.map((item) => item.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const otherIds = new Set(items.filter((item) => item.type !== "written").map((item) => item.id));
    expect(ids.filter((id) => otherIds.has(id))).toEqual([]);
    expect(ids.every((id) => getWrittenItem(id)?.id === id)).toBe(true);
  });

  it("have rubrics of 2-4 criteria worth 2-6 whole points in all", () => {
    for (const item of writtenItems) {
      expect(item.rubric.length, item.id).toBeGreaterThanOrEqual(RUBRIC_CRITERIA.min);
      expect(item.rubric.length, item.id).toBeLessThanOrEqual(RUBRIC_CRITERIA.max);
      expect(
        item.rubric.every((criterion) => Number.isInteger(criterion.points)),
        item.id,
      ).toBe(true);
      const total = rubricPoints(item.rubric);
      expect(total, item.id).toBeGreaterThanOrEqual(RUBRIC_POINTS.min);
      expect(total, item.id).toBeLessThanOrEqual(RUBRIC_POINTS.max);
    }
  });

  it("quote the article verbatim: sources, criteria, and every 「」 in prompts, answers and rubrics", () => {
    expect(problems(writtenQuoteProblems)).toEqual([]);
  });

  it("write our own Chinese in Hong Kong forms (the article's words stay as quoted)", () => {
    const notHongKong = ["網路", "公佈", "這裡", "那裡", "缺交", "佇列", "影片", "軟體"];
    const found = writtenItems.flatMap((item) =>
      writtenProse(item).flatMap((text) =>
        notHongKong.filter((word) => text.includes(word)).map((word) => `${item.id}: ${word}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it("never use the article's typos as our own words", () => {
    const typos = ["相輔相承", "事關全域", "智慧製造", "澎拜", "聯系"];
    const found = writtenItems.flatMap((item) =>
      writtenProse(item).flatMap((text) =>
        typos.filter((typo) => text.includes(typo)).map((typo) => `${item.id}: ${typo}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it("are in the bank the api consumes, each as the written entry point has it", () => {
    const inBank = items.filter((item) => item.type === "written");
    expect(inBank.map((item) => item.id)).toEqual(writtenItems.map((item) => item.id));
    expect(inBank).toEqual(writtenItems);
  });
});
