import { type TItem } from "@dc/content";
import { describe, expect, it } from "vitest";
import {
  analyzeItems,
  misconceptionTally,
  pearson,
  scoreDistribution,
  upperLowerIndex,
  type TScoredAnswer,
  type TSitting,
} from "./item-analysis";

/*
 * A hand-computed class of five students and three items (1 = right, 0 = wrong, "-" = blank):
 *
 *           A (single)  B (true/false, key false)  C (numeric)   total
 *   s1          1            1                        1            3
 *   s2          1            1                        0            2
 *   s3          1            0                        1            2
 *   s4          0            1                        0            1
 *   s5          0            0                        -            0
 *
 * A: x = 1 1 1 0 0, rest = total - x = 2 1 1 1 0; mean x .6, mean rest 1.
 *    Sxy = .4*1 + .4*0 + .4*0 + (-.6)*0 + (-.6)*(-1) = 1; Sxx = 3*.16 + 2*.36 = 1.2; Syy = 1+0+0+0+1 = 2
 *    r = 1 / sqrt(1.2 * 2) = 0.645497
 * B: x = 1 1 0 1 0, rest = 2 1 2 0 0; mean rest 1. Sxy = .4 + 0 - .6 - .4 + .6 = 0 -> r = 0
 * C: x = 1 0 1 0 0, rest = 2 2 1 1 0; mean x .4, mean rest 1.2.
 *    Sxy = .6*.8 - .4*.8 + .6*(-.2) - .4*(-.2) - .4*(-1.2) = .48 - .32 - .12 + .08 + .48 = .6
 *    Sxx = 2*.36 + 3*.16 = 1.2; Syy = .64 + .64 + .04 + .04 + 1.44 = 2.8; r = .6 / sqrt(3.36) = 0.327327
 * Upper-lower: 27% of 5 = 1.35 -> groups of 1: s1 (total 3) and s5 (total 0): A 1-0, B 1-0, C 1-0 -> 1.
 */
const text = (zh: string) => ({ zh, en: zh });
const base = {
  lessonId: 1,
  skill: "dates",
  prompt: text("?"),
  explanation: text("!"),
  source: { paragraphId: "s1-p1", quote: "xx" },
};
const A = {
  ...base,
  id: "l1-a",
  type: "single",
  answer: "a",
  choices: [
    { id: "a", text: text("對") },
    { id: "b", text: text("錯一"), misconception: "wrong-year" },
    { id: "c", text: text("錯二"), misconception: "wrong-meeting" },
    { id: "d", text: text("錯三") },
  ],
} as TItem;
const B = { ...base, id: "l1-b", type: "truefalse", answer: false, misconception: "not-argued" } as TItem;
const C = { ...base, id: "l1-c", type: "numeric", answer: 11.6, unit: "%", tolerance: 0.05 } as TItem;

const single = (choice: string): TScoredAnswer => ({
  response: { type: "single", choice },
  score: choice === "a" ? 1 : 0,
  correct: choice === "a",
});
const tf = (value: boolean): TScoredAnswer => ({
  response: { type: "truefalse", value },
  score: value ? 0 : 1,
  correct: !value,
});
const num = (value: string): TScoredAnswer => ({
  response: { type: "numeric", value },
  score: value === "11.6" ? 1 : 0,
  correct: value === "11.6",
});
const sitting = (studentId: string, answers: [TItem, TScoredAnswer][]): TSitting => ({
  studentId,
  answers: new Map(answers.map(([item, a]) => [item.id, a])),
});
const sittings = [
  sitting("s1", [
    [A, single("a")],
    [B, tf(false)],
    [C, num("11.6")],
  ]),
  sitting("s2", [
    [A, single("a")],
    [B, tf(false)],
    [C, num("22.3")],
  ]),
  sitting("s3", [
    [A, single("a")],
    [B, tf(true)],
    [C, num("11.6")],
  ]),
  sitting("s4", [
    [A, single("b")],
    [B, tf(false)],
    [C, num("22.3")],
  ]),
  sitting("s5", [
    [A, single("c")],
    [B, tf(true)],
  ]),
];

describe("analyzeItems on the hand-computed class", () => {
  const [a, b, c] = analyzeItems([A, B, C], sittings, new Set());

  it("facility is the mean score, fullCredit the share fully correct; a blank counts as wrong", () => {
    expect(a).toMatchObject({ n: 5, answered: 5, blank: 0, facility: 0.6, fullCredit: 0.6 });
    expect(b!.facility).toBe(0.6);
    expect(c).toMatchObject({ answered: 4, blank: 1, facility: 0.4 });
  });

  it("point-biserial against the rest score", () => {
    expect(a!.pointBiserial).toBeCloseTo(1 / Math.sqrt(2.4), 6);
    expect(a!.pointBiserial).toBeCloseTo(0.645497, 6);
    expect(b!.pointBiserial).toBeCloseTo(0, 10);
    expect(c!.pointBiserial).toBeCloseTo(0.327327, 6);
  });

  it("upper-lower index with 27% groups", () => {
    expect(a).toMatchObject({ upperLower: 1, upperLowerGroupSize: 1 });
    expect(b!.upperLower).toBe(1);
    expect(c!.upperLower).toBe(1);
  });

  it("counts each option, with its share and misconception tag", () => {
    expect(a!.choices).toEqual([
      { id: "a", text: text("對"), correct: true, misconception: null, count: 3, share: 0.6 },
      { id: "b", text: text("錯一"), correct: false, misconception: "wrong-year", count: 1, share: 0.2 },
      { id: "c", text: text("錯二"), correct: false, misconception: "wrong-meeting", count: 1, share: 0.2 },
      { id: "d", text: text("錯三"), correct: false, misconception: null, count: 0, share: 0 },
    ]);
    expect(b!.choices).toEqual([
      {
        id: "true",
        text: { zh: "正確", en: "True" },
        correct: false,
        misconception: "not-argued",
        count: 2,
        share: 0.4,
      },
      {
        id: "false",
        text: { zh: "錯誤", en: "False" },
        correct: true,
        misconception: null,
        count: 3,
        share: 0.6,
      },
    ]);
    expect(c!.choices).toBeNull();
    expect(c!.commonWrong).toEqual([{ response: "22.3", count: 2, credit: 0 }]);
  });

  it("leaves a dropped item out of the others' totals", () => {
    // Without C: totals 2 2 1 1 0; A's rest = 1 1 0 1 0 -> Sxy = .4*.4 + .4*.4 + .4*(-.6) - .6*.4 - .6*(-.6) = .2
    // Sxx = 1.2, Syy = 3*.16 + 2*.36 = 1.2 -> r = .2/1.2 = 1/6
    const [a2, , c2] = analyzeItems([A, B, C], sittings, new Set(["l1-c"]));
    expect(a2!.pointBiserial).toBeCloseTo(1 / 6, 10);
    expect(c2!.dropped).toBe(true);
  });
});

describe("misconceptionTally", () => {
  it("counts tagged distractors and 'true' on a false statement, most frequent first", () => {
    expect(misconceptionTally([A, B, C], sittings, new Set())).toEqual([
      { tag: "not-argued", responses: 2, students: 2, studentShare: 0.4, itemIds: ["l1-b"] },
      { tag: "wrong-meeting", responses: 1, students: 1, studentShare: 0.2, itemIds: ["l1-a"] },
      { tag: "wrong-year", responses: 1, students: 1, studentShare: 0.2, itemIds: ["l1-a"] },
    ]);
  });

  it("ignores dropped items and responses made right by an accepted key", () => {
    const accepted = sittings.map((s) =>
      s.studentId === "s4" ? sitting("s4", [[A, { ...single("b"), score: 1, correct: true }]]) : s,
    );
    const tags = misconceptionTally([A, B], accepted, new Set(["l1-b"])).map((t) => t.tag);
    expect(tags).toEqual(["wrong-meeting"]);
  });
});

describe("statistics", () => {
  it("pearson of a perfect line is 1, of a constant null", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
  });

  it("upper-lower groups are 27% of the class, at least one", () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ item: i >= 7 ? 1 : 0, total: i }));
    // 27% of 10 = 2.7 -> 3: top three (totals 9, 8, 7) all right, bottom three all wrong
    expect(upperLowerIndex(rows)).toEqual({ index: 1, groupSize: 3 });
    expect(upperLowerIndex(rows.slice(0, 1))).toBeNull();
  });
});

describe("upper-lower index at a tied boundary", () => {
  // 27% of 10 = 3 places. Totals 9, 8, then four students tied on 7 for the one place left: each
  // gets a quarter of it. Two of the four got the item right: upper mean = (1 + 1 + 2/4) / 3.
  const rows = [
    { item: 1, total: 9 },
    { item: 1, total: 8 },
    { item: 1, total: 7 },
    { item: 0, total: 7 },
    { item: 1, total: 7 },
    { item: 0, total: 7 },
    { item: 0, total: 3 },
    { item: 0, total: 2 },
    { item: 1, total: 1 },
    { item: 0, total: 0 },
  ];

  it("shares the boundary places among the tied students, whatever their order", () => {
    const upper = (1 + 1 + 2 / 4) / 3;
    const lower = 1 / 3;
    expect(upperLowerIndex(rows)!.index).toBeCloseTo(upper - lower, 12);
    expect(upperLowerIndex([...rows].reverse())!.index).toBeCloseTo(upper - lower, 12);
  });

  it("treats totals equal in exact points as tied, however the floats were added", () => {
    const sixths = [1, 5, 2, 4, 3, 6, 6, 4].map((k) => k / 6); // 31/6
    const a = sixths.reduce((s, x) => s + x, 0);
    const b = [...sixths].reverse().reduce((s, x) => s + x, 0);
    const tied = [
      { item: 1, total: 12 },
      { item: 1, total: a },
      { item: 0, total: b },
      { item: 0, total: 0 },
    ];
    // 27% of 4 = 1 place: nobody tied at the top; at the bottom one student alone.
    expect(upperLowerIndex(tied)!.index).toBe(1);
    // Two students on 31/6 sharing the one upper place half each.
    const shared = [
      { item: 1, total: a },
      { item: 0, total: b },
      { item: 0, total: 0 },
    ];
    expect(upperLowerIndex(shared)!.index).toBeCloseTo(0.5, 12);
  });
});

describe("scoreDistribution", () => {
  it("bins percents by tens (100 in the last), with mean and median", () => {
    const d = scoreDistribution([100, 200 / 3, 200 / 3, 100 / 3, 0]);
    expect(d.n).toBe(5);
    expect(d.mean).toBeCloseTo(53.3333, 4);
    expect(d.median).toBeCloseTo(66.6667, 4);
    expect(d.bins.map((b) => b.count)).toEqual([1, 0, 0, 1, 0, 0, 2, 0, 0, 1]);
    expect(d.bins[9]).toEqual({ from: 90, to: 100, count: 1 });
  });

  it("puts 70% in the 70s despite floating point, and averages the middle two of an even count", () => {
    const d = scoreDistribution([0.7 * 100, 50]);
    expect(d.bins[7]!.count).toBe(1);
    expect(d.median).toBe(60);
    expect(scoreDistribution([])).toMatchObject({ n: 0, mean: null, median: null });
  });
});
