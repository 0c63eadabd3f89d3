import { describe, expect, it } from "vitest";
import { filterBank, movePicked, togglePicked } from "./bank-filter";

const bank = [
  { id: "l0-a", lessonId: 0, skill: "dates", type: "single" },
  { id: "l1-b", lessonId: 1, skill: "dates", type: "numeric" },
  { id: "l1-c", lessonId: 1, skill: "terms", type: "single" },
  { id: "l2-d", lessonId: 2, skill: "logic", type: "truefalse" },
];

describe("browsing the bank to pick items", () => {
  it("filters by lesson, skill and type together, any of them optional", () => {
    expect(filterBank(bank, {}).map((i) => i.id)).toEqual(["l0-a", "l1-b", "l1-c", "l2-d"]);
    expect(filterBank(bank, { lessonId: 1 }).map((i) => i.id)).toEqual(["l1-b", "l1-c"]);
    expect(filterBank(bank, { skill: "dates", type: "single" }).map((i) => i.id)).toEqual(["l0-a"]);
    expect(filterBank(bank, { lessonId: 2, skill: "dates" })).toEqual([]);
  });

  it("keeps the picking order, without duplicates, and moves items within it", () => {
    let ids = togglePicked([], "l1-c", true);
    ids = togglePicked(ids, "l0-a", true);
    ids = togglePicked(ids, "l0-a", true);
    expect(ids).toEqual(["l1-c", "l0-a"]);
    expect(movePicked(ids, "l0-a", -1)).toEqual(["l0-a", "l1-c"]);
    expect(movePicked(ids, "l0-a", 1)).toEqual(["l1-c", "l0-a"]);
    expect(movePicked(ids, "zz", 1)).toEqual(ids);
    expect(togglePicked(ids, "l1-c", false)).toEqual(["l0-a"]);
  });
});
