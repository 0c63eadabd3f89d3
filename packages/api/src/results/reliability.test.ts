import { type TItem } from "@dc/content";
import { describe, expect, it } from "vitest";
import { reliability, RELIABILITY_MIN_ATTEMPTS } from "./reliability";
import { type TSitting } from "./item-analysis";

const item = (id: string) => ({ id }) as TItem;
const sitting = (scores: number[]): TSitting => ({
  studentId: "s",
  answers: new Map(scores.map((score, i) => [`i${i}`, { response: null, score, correct: score === 1 }])),
});
const items = [item("i0"), item("i1"), item("i2")];

describe("reliability", () => {
  it(`is withheld under ${RELIABILITY_MIN_ATTEMPTS} attempts, under two items, and without spread`, () => {
    const few = Array.from({ length: RELIABILITY_MIN_ATTEMPTS - 1 }, (_, i) => sitting([i % 2, 1, 0]));
    expect(reliability(items, few, new Set())).toMatchObject({
      status: "TOO_FEW_ATTEMPTS",
      alpha: null,
      sem: null,
    });
    const enough = [...few, sitting([1, 1, 1])];
    expect(reliability(items, enough, new Set(["i1", "i2"]))).toMatchObject({ status: "TOO_FEW_ITEMS" });
    const flat = Array.from({ length: 10 }, () => sitting([1, 0, 1]));
    expect(reliability(items, flat, new Set())).toMatchObject({ status: "NO_SPREAD", alpha: null });
  });

  it("counts a negative alpha as 0 for the SEM (all of the spread is error)", () => {
    // Two items that disagree: alpha < 0.
    const rows = Array.from({ length: 10 }, (_, i) => sitting(i % 2 ? [1, 0] : [0, 1]).answers);
    const noisy = rows.map((answers, i) => ({
      studentId: `s${i}`,
      answers: new Map([...answers, ["i2", { response: null, score: i < 5 ? 1 : 0, correct: i < 5 }]]),
    }));
    const r = reliability(items, noisy, new Set());
    expect(r.alpha!).toBeLessThan(0);
    expect(r.sem).toBeCloseTo(r.sd!, 12);
  });
});
