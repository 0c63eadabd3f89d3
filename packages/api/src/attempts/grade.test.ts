import { items, PENDING, PENDING_SCORE, type TItem } from "@dc/content";
import { describe, expect, it } from "vitest";
import { adjustmentMap, creditFor, fractionOf, gradeAttempt, itemScoreOf, keyRuleOf } from "./grade";
import { keyVariants, scoreStored } from "./score-response";

describe("gradeAttempt", () => {
  it("stores equal scores as equal numbers, whatever order the items were added in", () => {
    const sixths = new Map([1, 5, 2, 4, 3, 6, 6, 4].map((k, i) => [`i${i}`, k / 6])); // 31/6 in all
    const ids = [...sixths.keys()];
    const raw = (order: string[]) => order.reduce((s, id) => s + sixths.get(id)!, 0);
    const orders = [ids, [...ids].reverse(), [...ids.slice(4), ...ids.slice(0, 4)]];
    // Added up as floats, the orders differ in the last bit…
    expect(new Set(orders.map(raw)).size).toBeGreaterThan(1);
    // …graded, they are one number.
    const graded = orders.map((order) => gradeAttempt(order, (id) => sixths.get(id), new Map()).score);
    expect(new Set(graded)).toEqual(new Set([5.166667]));
  });

  const ids = ["a", "b", "c", "d"];
  const scores = new Map([
    ["a", 1],
    ["b", 0],
    ["c", 0.5],
  ]); // d unanswered

  it("sums the items' scores out of the number of items when nothing is adjusted", () => {
    expect(gradeAttempt(ids, (id) => scores.get(id), new Map())).toEqual({ score: 1.5, maxScore: 4 });
  });

  it("gives everyone the point of a FULL_CREDIT item, answered or not", () => {
    const adj = adjustmentMap([
      { itemId: "b", action: "FULL_CREDIT" },
      { itemId: "d", action: "FULL_CREDIT" },
    ]);
    expect(gradeAttempt(ids, (id) => scores.get(id), adj)).toEqual({ score: 3.5, maxScore: 4 });
  });

  it("takes a dropped item out of the score and of the points possible", () => {
    const adj = adjustmentMap([{ itemId: "a", action: "DROP" }]);
    expect(gradeAttempt(ids, (id) => scores.get(id), adj)).toEqual({ score: 0.5, maxScore: 3 });
    expect(creditFor(1, adj.get("a"))).toBeNull();
  });

  it("has no score while an item waits for a teacher, and counts the items pending", () => {
    const withPending = (id: string) => (id === "d" ? PENDING : scores.get(id));
    expect(gradeAttempt(ids, withPending, new Map())).toEqual({ score: null, maxScore: 4, pending: 1 });
    // Dropped or given full credit, the pending item no longer holds the score back.
    const dropped = adjustmentMap([{ itemId: "d", action: "DROP" }]);
    expect(gradeAttempt(ids, withPending, dropped)).toEqual({ score: 1.5, maxScore: 3 });
    const full = adjustmentMap([{ itemId: "d", action: "FULL_CREDIT" }]);
    expect(gradeAttempt(ids, withPending, full)).toEqual({ score: 2.5, maxScore: 4 });
    expect(itemScoreOf(PENDING_SCORE)).toBe(PENDING);
    expect(itemScoreOf({ score: 0.5, correct: false })).toBe(0.5);
  });

  it("has no fraction when every item is dropped", () => {
    const all = adjustmentMap(ids.map((itemId) => ({ itemId, action: "DROP" as const })));
    const g = gradeAttempt(ids, (id) => scores.get(id), all);
    expect(g).toEqual({ score: 0, maxScore: 0 });
    expect(fractionOf(g.score, g.maxScore)).toBeNull();
    expect(fractionOf(3, 4)).toBe(0.75);
  });
});

describe("accepted keys", () => {
  const single = items.find((i): i is Extract<TItem, { type: "single" }> => i.type === "single")!;
  const other = single.choices.find((c) => c.id !== single.answer)!.id;
  const rule = keyRuleOf({ itemId: single.id, action: "ACCEPT_ANSWER", acceptedKeys: [other] });

  it("scores a response right under the bank's key or any accepted key", () => {
    expect(scoreStored(single.id, { type: "single", choice: other })).toEqual({ score: 0, correct: false });
    expect(scoreStored(single.id, { type: "single", choice: other }, rule)).toEqual({
      score: 1,
      correct: true,
    });
    expect(scoreStored(single.id, { type: "single", choice: single.answer }, rule)).toEqual({
      score: 1,
      correct: true,
    });
  });

  it("adds a cloze's extra strings to its blanks", () => {
    const cloze = items.find(
      (i): i is Extract<TItem, { type: "cloze" }> =>
        i.type === "cloze" && !i.options && Object.keys(i.answer).length === 2,
    )!; // typed blanks, no word bank
    const [b1, b2] = Object.keys(cloze.answer) as [string, string];
    const variants = keyVariants(cloze, { acceptedKeys: [{ [b1]: ["另一說法"] }] });
    expect(variants).toHaveLength(1);
    expect((variants[0] as typeof cloze).answer).toEqual({
      ...cloze.answer,
      [b1]: [...cloze.answer[b1]!, "另一說法"],
    });
    const response = { type: "cloze", blanks: { [b1]: "另一說法", [b2]: cloze.answer[b2]![0]! } };
    expect(scoreStored(cloze.id, response).score).toBe(0.5);
    expect(scoreStored(cloze.id, response, { acceptedKeys: [{ [b1]: ["另一說法"] }] })).toEqual({
      score: 1,
      correct: true,
    });
  });

  it("ignores rules other than ACCEPT_ANSWER, and never throws on a stored response that no longer fits", () => {
    expect(keyRuleOf({ itemId: "x", action: "DROP" })).toBeUndefined();
    expect(scoreStored(single.id, { type: "numeric", value: "1" }, rule)).toEqual({
      score: 0,
      correct: false,
    });
    expect(scoreStored("no-such-item", { type: "single", choice: "a" })).toEqual({
      score: 0,
      correct: false,
    });
  });
});
