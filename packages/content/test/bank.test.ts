import { describe, expect, it } from "vitest";

import { getItem, items, itemsByLesson, itemsInPool, loadItems } from "../src/bank";
import { integrityProblems } from "../src/bank/integrity";
import {
  similarity,
  clozeProblem,
  copiedAcrossPools,
  keyBalanceProblems,
  keyInQuoteProblem,
  promptSignature,
  quoteProblem,
} from "../src/bank/quality";
import { assessmentInputs } from "../src/items/assessment";
import { practiceInputs } from "../src/items";
import { checkAnswer, isPending } from "../src/check";
import { type TItem, ITEM_TYPES, LESSON_IDS, POOLS, SKILLS, ZItem } from "../src/schema";
import { fixtureInputs, fixtureList, fixtures } from "./fixtures";

/** Runs a check over every item of the bank and returns "id: problem" for each failure. */
function problems(check: (item: TItem) => string | null): string[] {
  return items.flatMap((item) => {
    const problem = check(item);
    return problem === null ? [] : [`${item.id}: ${problem}`];
  });
}

const MINIMUM: Record<number, number> = { 0: 12, 1: 20, 2: 20, 3: 20, 4: 20, 5: 12 };

describe("loading the bank", () => {
  it("accepts valid items", () => {
    expect(loadItems(fixtureInputs)).toHaveLength(fixtureInputs.length);
  });

  it("throws one clear error naming every broken item", () => {
    const broken = [
      { ...fixtures.single, id: "l1-bad-answer", answer: "z" },
      { ...fixtures.numeric, id: "l3-no-unit", unit: undefined },
      fixtures.cloze,
      fixtures.cloze,
      { ...fixtures.ordering, id: "l2-wrong-lesson" },
    ];
    expect(() => loadItems(broken)).toThrow(/item bank is invalid/);
    try {
      loadItems(broken);
    } catch (error) {
      const message = String(error);
      expect(message).toMatch(/l1-bad-answer.*answer is not a choice: z/);
      expect(message).toMatch(/l3-no-unit.*unit/);
      expect(message).toMatch(/l2-fixture-cloze.*duplicate id/);
      expect(message).toMatch(/l2-wrong-lesson.*should start with "l1-"/);
    }
  });

  it("finds keys that name what the item does not have", () => {
    expect(integrityProblems({ ...fixtures.multi, answer: ["basic", "nope"] })).toEqual([
      "answer ids that are not choices: nope",
    ]);
    expect(integrityProblems({ ...fixtures.ordering, answer: ["zones", "wto", "peak"] })).toEqual([
      "events missing from the answer: crisis",
    ]);
    expect(integrityProblems({ ...fixtures.matching, answer: { closed: "ent", war: "x" } })).toEqual([
      "left items without an answer: flow",
      "answer values that are not right items: x",
    ]);
    expect(integrityProblems({ ...fixtures.cloze, answer: { "1": ["地攤經濟"] } })).toEqual([
      "blanks without an answer: 2",
    ]);
    expect(integrityProblems({ ...fixtures.cloze, options: ["地攤經濟", "夜市"] })).toEqual([
      "word bank lacks the answers: 小店經濟",
    ]);
    expect(integrityProblems({ ...fixtures.single, source: { paragraphId: "s1-p9", quote: "xx" } })).toEqual([
      "source paragraph s1-p9 is not in the article",
    ]);
  });

  it("the hand-made items pass every content check (so the checks themselves are sound)", () => {
    for (const item of fixtureList) {
      expect([quoteProblem(item), keyInQuoteProblem(item), clozeProblem(item)], item.id).toEqual([
        null,
        null,
        null,
      ]);
    }
    expect(
      quoteProblem({ ...fixtures.single, source: { paragraphId: "s1-p2", quote: "2002年加入" } }),
    ).toMatch(/not in s1-p2/);
    expect(keyInQuoteProblem({ ...fixtures.numeric, answer: 3400 })).toMatch(/key 3400/);
    expect(keyInQuoteProblem({ ...fixtures.date, answer: { month: 5, day: 15 } })).toMatch(/day 15/);
    expect(clozeProblem({ ...fixtures.cloze, answer: { "1": ["夜市經濟"], "2": ["小店經濟"] } })).toMatch(
      /not in s2-p6/,
    );
  });
});

describe("the item bank", () => {
  it("is valid against the schema (and loaded without errors)", () => {
    for (const item of items) expect(ZItem.safeParse(item).success, item.id).toBe(true);
    expect(problems((item) => integrityProblems(item).join("; ") || null)).toEqual([]);
  });

  it("has at least 160 items", () => {
    expect(items.length).toBeGreaterThanOrEqual(160);
  });

  it.each(LESSON_IDS.map((id) => ({ id, minimum: MINIMUM[id] ?? 0 })))(
    "lesson $id has at least $minimum items",
    ({ id, minimum }) => {
      expect(itemsByLesson(id).length).toBeGreaterThanOrEqual(minimum);
    },
  );

  it.each(LESSON_IDS.map((id) => ({ id })))("lesson $id has every skill", ({ id }) => {
    const present = new Set(itemsByLesson(id).map((item) => item.skill));
    expect(SKILLS.filter((skill) => !present.has(skill))).toEqual([]);
  });

  it("quotes each source verbatim, every source of every item", () => {
    expect(problems(quoteProblem)).toEqual([]);
  });

  it("writes every numeric and date key in its quote", () => {
    expect(problems(keyInQuoteProblem)).toEqual([]);
  });

  it("fills every cloze into the article's own words", () => {
    expect(problems(clozeProblem)).toEqual([]);
  });

  it("has no duplicates: same id or same question", () => {
    const ids = items.map((item) => item.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const item of items) {
      const signature = promptSignature(item);
      const first = seen.get(signature);
      if (first !== undefined) duplicates.push(`${first} = ${item.id}`);
      else seen.set(signature, item.id);
    }
    expect(duplicates).toEqual([]);
  });

  it("gives full credit to its own key, for every item", () => {
    const keyResponse = (item: TItem) => {
      switch (item.type) {
        case "single":
          return { type: item.type, choice: item.answer };
        case "multi":
          return { type: item.type, choices: item.answer };
        case "truefalse":
          return { type: item.type, value: item.answer };
        case "numeric":
          return { type: item.type, value: String(item.answer) };
        case "date":
          return {
            type: item.type,
            ...Object.fromEntries(Object.entries(item.answer).map(([k, v]) => [k, String(v)])),
          };
        case "ordering":
          return { type: item.type, order: item.answer };
        case "matching":
          return { type: item.type, pairs: item.answer };
        case "cloze":
          return {
            type: item.type,
            blanks: Object.fromEntries(Object.entries(item.answer).map(([k, v]) => [k, v[0] ?? ""])),
          };
        case "written":
          return { type: item.type, text: item.modelAnswer.zh };
      }
    };
    // A written answer, even the model answer, waits for a teacher: pending, never scored at once.
    const failing = items
      .filter((item) => {
        const result = checkAnswer(item, keyResponse(item));
        return item.type === "written" ? !isPending(result) : !result.correct;
      })
      .map((item) => item.id);
    expect(failing).toEqual([]);
    expect(items.filter((item) => item.type === "written").length).toBeGreaterThanOrEqual(30);
  });

  it.each([...POOLS.map((pool) => ({ pool })), { pool: "both" }])(
    "balances its key positions ($pool)",
    ({ pool }) => {
      const chosen = pool === "both" ? items : items.filter((item) => item.pool === pool);
      expect(keyBalanceProblems(chosen)).toEqual([]);
    },
  );

  it("says it asks for true or false, in both languages, on every true/false item", () => {
    const silent = items.filter(
      (item) =>
        item.type === "truefalse" &&
        !(
          item.prompt.zh.startsWith("判斷") && (item.prompt.en ?? "True or false").startsWith("True or false")
        ),
    );
    expect(silent.map((item) => item.id)).toEqual([]);
  });

  it("finds items by id and lesson", () => {
    const first = items[0];
    if (first !== undefined) expect(getItem(first.id)).toBe(first);
    expect(getItem("l9-nothing")).toBeUndefined();
    expect(LESSON_IDS.flatMap((id) => itemsByLesson(id)).length).toBe(items.length);
  });
});

describe("the pools", () => {
  const assessment = items.filter((item) => item.pool === "assessment");
  const ASSESSMENT_MINIMUM_PER_LESSON = 20;

  it("files each item in the pool it says it is in", () => {
    expect(
      practiceInputs.filter((input) => (input.pool ?? "practice") !== "practice").map((i) => i.id),
    ).toEqual([]);
    expect(assessmentInputs.filter((input) => input.pool !== "assessment").map((i) => i.id)).toEqual([]);
  });

  it.each(LESSON_IDS.map((id) => ({ id })))(
    "lesson $id has at least 20 assessment items, every skill among them",
    ({ id }) => {
      const lesson = assessment.filter((item) => item.lessonId === id);
      expect(lesson.length).toBeGreaterThanOrEqual(ASSESSMENT_MINIMUM_PER_LESSON);
      const present = new Set(lesson.map((item) => item.skill));
      expect(SKILLS.filter((skill) => !present.has(skill))).toEqual([]);
    },
  );

  it("uses every item type in the assessment pool, and policy logic in at least 40% of it", () => {
    const types = new Set(assessment.map((item) => item.type));
    expect(ITEM_TYPES.filter((type) => !types.has(type))).toEqual([]);
    const logic = assessment.filter((item) => item.skill === "logic").length;
    expect(logic / assessment.length).toBeGreaterThanOrEqual(0.4);
  });

  it("has calculation items and items resting on several paragraphs in the assessment pool", () => {
    const calculated = assessment.filter((item) => item.type === "numeric" && item.calculation !== undefined);
    const joined = assessment.filter((item) => (item.moreSources?.length ?? 0) > 0);
    expect(calculated.length).toBeGreaterThanOrEqual(20);
    expect(joined.length).toBeGreaterThanOrEqual(30);
  });

  it("finds a lesson's items of one pool, and each pool's items", () => {
    for (const id of LESSON_IDS) {
      const both = itemsByLesson(id);
      const split = POOLS.flatMap((pool) => itemsByLesson(id, pool));
      expect(split.length).toBe(both.length);
      expect(itemsByLesson(id, "practice").every((item) => item.pool === "practice")).toBe(true);
    }
    expect(itemsInPool("assessment")).toEqual(assessment);
    expect(itemsInPool("practice").length + assessment.length).toBe(items.length);
  });

  it("copies no practice item into the assessment pool (not even reworded a little)", () => {
    expect(copiedAcrossPools(items)).toEqual([]);
  });

  it("tells a reworded copy from a different question on the same fact", () => {
    const practice = { ...fixtures.numeric, pool: "practice" as const };
    const reworded = {
      ...fixtures.numeric,
      id: "l3-fixture-copy",
      pool: "assessment" as const,
      prompt: { zh: "2019年中國從海外進口晶片的價值是多少億美元？（請輸入數字）" },
    };
    const different = {
      ...reworded,
      id: "l3-fixture-other",
      prompt: { zh: "文中說超過幾成的高端晶片需依賴進口？" },
    };
    expect(copiedAcrossPools([practice, reworded, different])).toEqual([
      "l3-fixture-copy = l3-fixture-numeric",
    ]);
    expect(similarity("雙循環", "雙循環")).toBe(1);
  });

  it("keeps a further source off the primary paragraph and its quote (a second source must add a paragraph)", () => {
    const repeats = items.flatMap((item) =>
      (item.moreSources ?? [])
        .filter((more) => more.paragraphId === item.source.paragraphId)
        .map(() => item.id),
    );
    expect(repeats).toEqual([]);
  });
});
