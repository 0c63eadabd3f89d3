import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  checkAnswer,
  InvalidResponseError,
  validateResponseFor,
  ZResponse,
  type TResponse,
} from "../src/check";
import { scoreMatching, scoreMulti, scoreOrdering } from "../src/check/score";
import { fixtures } from "./fixtures";

const long = "x".repeat(201);

describe("ZResponse", () => {
  it("accepts each response shape", () => {
    const responses: TResponse[] = [
      { type: "single", choice: "a" },
      { type: "multi", choices: ["a", "b"] },
      { type: "truefalse", value: true },
      { type: "numeric", value: "3,040" },
      { type: "date", year: "2001" },
      { type: "ordering", order: ["a", "b", "c"] },
      { type: "matching", pairs: { a: "b" } },
      { type: "cloze", blanks: { "1": "地攤經濟" } },
    ];
    for (const response of responses) expect(ZResponse.safeParse(response).success, response.type).toBe(true);
  });

  it("caps sizes: strings at 200 characters, arrays at 20, records at 20 keys", () => {
    const many = Array.from({ length: 21 }, (_, i) => `c${i}`);
    const record = Object.fromEntries(many.map((id) => [id, "x"]));
    expect(ZResponse.safeParse({ type: "single", choice: long }).success).toBe(false);
    expect(ZResponse.safeParse({ type: "numeric", value: "x".repeat(200) }).success).toBe(true);
    expect(ZResponse.safeParse({ type: "multi", choices: many }).success).toBe(false);
    expect(ZResponse.safeParse({ type: "ordering", order: many.slice(0, 20) }).success).toBe(true);
    expect(ZResponse.safeParse({ type: "matching", pairs: record }).success).toBe(false);
    expect(ZResponse.safeParse({ type: "cloze", blanks: { "1": long } }).success).toBe(false);
    expect(ZResponse.safeParse({ type: "date", day: long }).success).toBe(false);
  });

  it("rejects unknown types and wrong field types", () => {
    expect(ZResponse.safeParse({ type: "essay", text: "x" }).success).toBe(false);
    expect(ZResponse.safeParse({ type: "truefalse", value: "true" }).success).toBe(false);
    expect(ZResponse.safeParse({ type: "numeric", value: 3040 }).success).toBe(false);
  });
});

describe("validateResponseFor", () => {
  it("is null for a response that fits", () => {
    expect(validateResponseFor(fixtures.single, { type: "single", choice: "b" })).toBeNull();
    expect(validateResponseFor(fixtures.date, { type: "date", month: "5", day: "" })).toBeNull();
    expect(validateResponseFor(fixtures.matching, { type: "matching", pairs: { war: "pol" } })).toBeNull();
  });

  it.each([
    [fixtures.single, { type: "multi", choices: ["b"] }, /single item; the response is multi/],
    [fixtures.single, { type: "single", choice: "z" }, /unknown choice "z"/],
    [fixtures.multi, { type: "multi", choices: ["basic", "nope"] }, /unknown choices "nope"/],
    [fixtures.multi, { type: "multi", choices: ["basic", "basic"] }, /more than once/],
    [fixtures.ordering, { type: "ordering", order: ["zones", "wto", "peak"] }, /missing events "crisis"/],
    [fixtures.ordering, { type: "ordering", order: ["zones", "wto", "peak", "x"] }, /unknown events "x"/],
    [
      fixtures.ordering,
      { type: "ordering", order: ["zones", "wto", "wto", "crisis"] },
      /placed more than once/,
    ],
    [fixtures.matching, { type: "matching", pairs: { nope: "ent" } }, /unknown left items "nope"/],
    [fixtures.matching, { type: "matching", pairs: { war: "nope" } }, /unknown right items "nope"/],
    [fixtures.cloze, { type: "cloze", blanks: { "3": "x" } }, /unknown blanks "3"/],
    [fixtures.date, { type: "date", month: "5" }, /missing date parts: day/],
    [fixtures.date, { type: "date", year: "2020", month: "5", day: "14" }, /not asked: year/],
    [fixtures.numeric, { type: "numeric", value: long }, /invalid response/],
    [fixtures.numeric, "3040", /invalid response/],
  ] as const)("explains what is wrong (%#)", (item, response, message) => {
    expect(validateResponseFor(item, response)).toMatch(message);
  });
});

describe("checkAnswer", () => {
  it("throws InvalidResponseError for a response that does not fit", () => {
    const attempt = () => checkAnswer(fixtures.single, { type: "truefalse", value: true });
    expect(attempt).toThrow(InvalidResponseError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID_RESPONSE", itemId: "l1-fixture-single" });
    }
  });

  it("scores single choice and true/false", () => {
    expect(checkAnswer(fixtures.single, { type: "single", choice: "b" })).toEqual({
      score: 1,
      correct: true,
    });
    expect(checkAnswer(fixtures.single, { type: "single", choice: "a" })).toEqual({
      score: 0,
      correct: false,
    });
    expect(checkAnswer(fixtures.truefalse, { type: "truefalse", value: false })).toEqual({
      score: 1,
      correct: true,
    });
    expect(checkAnswer(fixtures.truefalse, { type: "truefalse", value: true })).toEqual({
      score: 0,
      correct: false,
    });
  });

  it("scores multiple select as (right - wrong) / number right, exact set only correct", () => {
    const pick = (...choices: string[]) => checkAnswer(fixtures.multi, { type: "multi", choices });
    expect(pick("basic", "talent", "intl")).toEqual({ score: 1, correct: true });
    expect(pick("intl", "basic", "talent")).toEqual({ score: 1, correct: true });
    expect(pick("basic", "talent")).toEqual({ score: 2 / 3, correct: false });
    expect(pick("basic", "talent", "intl", "subsidy")).toEqual({ score: 2 / 3, correct: false });
    expect(pick("basic", "subsidy", "close")).toEqual({ score: 0, correct: false });
    expect(pick()).toEqual({ score: 0, correct: false });
  });

  it("scores numeric answers forgivingly but never for a wrong value", () => {
    const value = (v: string) => checkAnswer(fixtures.numeric, { type: "numeric", value: v });
    expect(value("3,040")).toEqual({ score: 1, correct: true });
    expect(value("３０４０億美元")).toEqual({ score: 1, correct: true });
    expect(value("0.304萬億")).toEqual({ score: 1, correct: true });
    expect(value("3,400")).toEqual({ score: 0, correct: false });
    expect(value("")).toEqual({ score: 0, correct: false });
  });

  it("scores dates with half credit only for a right year", () => {
    expect(checkAnswer(fixtures.date, { type: "date", month: "5月", day: "14日" })).toEqual({
      score: 1,
      correct: true,
    });
    expect(checkAnswer(fixtures.date, { type: "date", month: "5", day: "15" })).toEqual({
      score: 0,
      correct: false,
    });
  });

  it("scores ordering by the share of pairs in the right order (Kendall)", () => {
    const order = (...ids: string[]) => checkAnswer(fixtures.ordering, { type: "ordering", order: ids });
    expect(order("zones", "wto", "peak", "crisis")).toEqual({ score: 1, correct: true });
    expect(order("wto", "zones", "peak", "crisis")).toEqual({ score: 5 / 6, correct: false });
    expect(order("crisis", "peak", "wto", "zones")).toEqual({ score: 0, correct: false });
  });

  it("scores matching by the share of left items matched right", () => {
    const pairs = (p: Record<string, string>) =>
      checkAnswer(fixtures.matching, { type: "matching", pairs: p });
    expect(pairs({ closed: "ent", war: "pol", flow: "fin" })).toEqual({ score: 1, correct: true });
    expect(pairs({ closed: "ent", war: "fin", flow: "pol" })).toEqual({ score: 1 / 3, correct: false });
    expect(pairs({ closed: "ent" })).toEqual({ score: 1 / 3, correct: false });
    expect(pairs({})).toEqual({ score: 0, correct: false });
  });

  it("scores cloze blanks after normalisation, each blank a share", () => {
    const blanks = (b: Record<string, string>) => checkAnswer(fixtures.cloze, { type: "cloze", blanks: b });
    expect(blanks({ "1": "地攤經濟", "2": "小店經濟" })).toEqual({ score: 1, correct: true });
    expect(blanks({ "1": " 地摊经济 ", "2": "「小店经济」" })).toEqual({ score: 1, correct: true });
    expect(blanks({ "1": "地攤經濟", "2": "夜市經濟" })).toEqual({ score: 0.5, correct: false });
    expect(blanks({ "2": "地攤經濟" })).toEqual({ score: 0, correct: false });
  });

  it("takes a word-bank word picked in the Simplified interface as the bank's word", () => {
    const banked = { ...fixtures.cloze, options: ["地攤經濟", "小店經濟", "夜市經濟"] };
    const simplified = { type: "cloze" as const, blanks: { "1": "地摊经济", "2": "小店经济" } };
    expect(checkAnswer(banked, simplified)).toEqual({ score: 1, correct: true });
    expect(() => checkAnswer(banked, { type: "cloze", blanks: { "1": "地攤" } })).toThrow(
      /not in the word bank/,
    );
  });
});

describe("scores stay in 0..1 and are 1 only when exact (property)", () => {
  const ids = ["a", "b", "c", "d", "e", "f"];

  it("ordering", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: 6, maxLength: 6 }), (order) => {
        const score = scoreOrdering(ids, order);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(score === 1).toBe(order.join() === ids.join());
        expect(scoreOrdering(ids, [...order].reverse())).toBeCloseTo(1 - score, 10);
      }),
    );
  });

  it("multi", () => {
    fc.assert(
      fc.property(fc.subarray(ids, { minLength: 1 }), fc.subarray(ids), (key, picks) => {
        const score = scoreMulti(key, picks);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(score === 1).toBe([...picks].sort().join() === [...key].sort().join());
      }),
    );
  });

  it("matching", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...ids), { minKeys: 1 }),
        fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...ids)),
        (key, pairs) => {
          const score = scoreMatching(key, pairs);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          expect(score === 1).toBe(Object.entries(key).every(([l, r]) => pairs[l] === r));
        },
      ),
    );
  });
});
