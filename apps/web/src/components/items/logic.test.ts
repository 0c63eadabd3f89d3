import type { TReveal } from "@dc/content";
import { describe, expect, it } from "vitest";
import {
  choiceMark,
  clozeResponse,
  dateResponse,
  dropIndex,
  isPermutation,
  itemPromptId,
  matchingResponse,
  moveEntry,
  numericResponse,
  orderingMarks,
  paragraphRef,
  responseOf,
  resultTone,
  revealOf,
  sameOrder,
  scorePercent,
  toggleChoice,
  writtenResponse,
} from "./logic";

const reveal = (key: TReveal["key"], type: TReveal["type"] = "single", itemId = "l1-x"): TReveal =>
  ({
    itemId,
    type,
    key,
    answerText: { zh: "答", en: "answer" },
    explanation: { zh: "因為" },
    sources: [{ paragraphId: "s1-p1", quote: "原文" }],
  }) as TReveal;

describe("moveEntry", () => {
  it("moves an entry up and down", () => {
    expect(moveEntry(["a", "b", "c", "d"], 2, 1)).toEqual(["a", "c", "b", "d"]);
    expect(moveEntry(["a", "b", "c", "d"], 0, 3)).toEqual(["b", "c", "d", "a"]);
    expect(moveEntry(["a", "b", "c", "d"], 3, 0)).toEqual(["d", "a", "b", "c"]);
  });
  it("clamps the target and ignores a missing source", () => {
    expect(moveEntry(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveEntry(["a", "b", "c"], 2, 9)).toEqual(["a", "b", "c"]);
    expect(moveEntry(["a", "b", "c"], 5, 0)).toEqual(["a", "b", "c"]);
  });
  it("never changes its input", () => {
    const list = ["a", "b", "c"];
    moveEntry(list, 0, 2);
    expect(list).toEqual(["a", "b", "c"]);
  });
});

describe("isPermutation and sameOrder", () => {
  it("accepts every id exactly once", () => {
    expect(isPermutation(["c", "a", "b"], ["a", "b", "c"])).toBe(true);
    expect(isPermutation(["a", "a", "b"], ["a", "b", "c"])).toBe(false);
    expect(isPermutation(["a", "b"], ["a", "b", "c"])).toBe(false);
    expect(isPermutation(["a", "b", "x"], ["a", "b", "c"])).toBe(false);
  });
  it("compares orders position by position", () => {
    expect(sameOrder(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameOrder(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameOrder(["a"], ["a", "b"])).toBe(false);
  });
});

describe("dropIndex", () => {
  const middles = [20, 60, 100];
  it("counts the other rows above the pointer", () => {
    expect(dropIndex(middles, 0)).toBe(0);
    expect(dropIndex(middles, 30)).toBe(1);
    expect(dropIndex(middles, 99)).toBe(2);
    expect(dropIndex(middles, 500)).toBe(3);
  });
});

describe("responses", () => {
  it("keeps multi picks in the shown order and clears to null", () => {
    const all = ["a", "b", "c", "d"];
    expect(toggleChoice(["c"], "a", true, all)).toEqual({ type: "multi", choices: ["a", "c"] });
    expect(toggleChoice(["a", "c"], "a", false, all)).toEqual({ type: "multi", choices: ["c"] });
    expect(toggleChoice(["c"], "c", false, all)).toBeNull();
    expect(toggleChoice(["a"], "a", true, all)).toEqual({ type: "multi", choices: ["a"] });
  });

  it("keeps the numeric text as typed, null when blank, capped at 200", () => {
    expect(numericResponse("３,０４０")).toEqual({ type: "numeric", value: "３,０４０" });
    expect(numericResponse("  ")).toBeNull();
    expect(numericResponse("9".repeat(250))?.value).toHaveLength(200);
  });

  it("keeps a written answer as typed, line breaks too, null when blank, capped at 1000", () => {
    expect(writtenResponse("因為內循環為主。\n外循環為輔。")).toEqual({
      type: "written",
      text: "因為內循環為主。\n外循環為輔。",
    });
    expect(writtenResponse(" \n ")).toBeNull();
    expect(writtenResponse("轉".repeat(1200))?.text).toHaveLength(1000);
  });

  it("sends every asked date part and no other", () => {
    expect(dateResponse(["month", "day"], {}, "month", "5")).toEqual({ type: "date", month: "5", day: "" });
    expect(dateResponse(["month", "day"], { month: "5", day: "" }, "day", "14")).toEqual({
      type: "date",
      month: "5",
      day: "14",
    });
    expect(dateResponse(["year"], { year: "2001", month: "3" }, "year", "2002")).toEqual({
      type: "date",
      year: "2002",
    });
    expect(dateResponse(["month", "day"], { month: "5", day: "" }, "month", " ")).toBeNull();
  });

  it("sets and clears matching pairs", () => {
    expect(matchingResponse({}, "a", "m5")).toEqual({ type: "matching", pairs: { a: "m5" } });
    expect(matchingResponse({ a: "m5" }, "b", "m7")).toEqual({
      type: "matching",
      pairs: { a: "m5", b: "m7" },
    });
    expect(matchingResponse({ a: "m5", b: "m7" }, "a", "")).toEqual({ type: "matching", pairs: { b: "m7" } });
    expect(matchingResponse({ a: "m5" }, "a", "")).toBeNull();
  });

  it("sends every cloze blank, null when all are empty", () => {
    expect(clozeResponse(["1", "2"], {}, "2", "創造")).toEqual({
      type: "cloze",
      blanks: { "1": "", "2": "創造" },
    });
    expect(clozeResponse(["1", "2"], { "1": "", "2": "創造" }, "2", "")).toBeNull();
    expect(clozeResponse(["1"], { "1": "x", "9": "y" }, "1", "牽引")).toEqual({
      type: "cloze",
      blanks: { "1": "牽引" },
    });
  });

  it("ignores a response of another type", () => {
    expect(responseOf("single", { type: "single", choice: "a" })).toEqual({ type: "single", choice: "a" });
    expect(responseOf("single", { type: "multi", choices: ["a"] })).toBeNull();
    expect(responseOf("single", null)).toBeNull();
  });
});

describe("reading the revealed key", () => {
  it("keeps only a reveal of this item and of its type, whose key then has that type's shape", () => {
    const single = reveal("a", "single");
    expect(revealOf({ id: "l1-x", type: "single" }, single)?.key).toBe("a");
    expect(revealOf({ id: "l1-y", type: "single" }, single)).toBeNull();
    expect(revealOf({ id: "l1-x", type: "multi" }, single)).toBeNull();
    expect(revealOf({ id: "l1-x", type: "single" }, undefined)).toBeNull();
    const cloze = reveal({ "1": ["攻內"], "2": ["攘外"] }, "cloze");
    expect(revealOf({ id: "l1-x", type: "cloze" }, cloze)?.key["2"]).toEqual(["攘外"]);
  });
});

describe("marks", () => {
  it("marks the key and the learner's wrong pick", () => {
    expect(choiceMark(true, true)).toBe("right-chosen");
    expect(choiceMark(true, false)).toBe("right-missed");
    expect(choiceMark(false, true)).toBe("wrong-chosen");
    expect(choiceMark(false, false)).toBeNull();
  });
  it("gives each event its place now and in the key", () => {
    expect(orderingMarks(["b", "a", "c"], ["a", "b", "c"])).toEqual([
      { id: "b", position: 1, correctPosition: 2, right: false },
      { id: "a", position: 2, correctPosition: 1, right: false },
      { id: "c", position: 3, correctPosition: 3, right: true },
    ]);
  });
});

describe("results and sources", () => {
  it("names the tone of a result", () => {
    expect(resultTone({ score: 1, correct: true })).toBe("right");
    expect(resultTone({ score: 0.5, correct: false })).toBe("partial");
    expect(resultTone({ score: 0, correct: false })).toBe("wrong");
  });
  it("never rounds a partial score to 0 or 100", () => {
    expect(scorePercent(0.5)).toBe(50);
    expect(scorePercent(1 / 3)).toBe(33);
    expect(scorePercent(0.999)).toBe(99);
    expect(scorePercent(0.001)).toBe(1);
    expect(scorePercent(1)).toBe(100);
    expect(scorePercent(0)).toBe(0);
  });
  it("reads paragraph and table-row ids", () => {
    expect(paragraphRef("s2-p4")).toEqual({ kind: "paragraph", lesson: 2, n: 4 });
    expect(paragraphRef("s0-p1")).toEqual({ kind: "paragraph", lesson: 0, n: 1 });
    expect(paragraphRef("s5-r3")).toEqual({ kind: "row", n: 3 });
    expect(paragraphRef("x")).toBeNull();
  });
  it("builds the prompt id from the item id", () => {
    expect(itemPromptId("l2-dual")).toBe("item-l2-dual-prompt");
  });
});
