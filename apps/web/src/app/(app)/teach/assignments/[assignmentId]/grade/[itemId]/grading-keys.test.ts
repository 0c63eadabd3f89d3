import { describe, expect, it } from "vitest";
import { nextToGrade, shortcutOf, toggled } from "./grading-keys";

const key = (k: string, extra: Partial<Parameters<typeof shortcutOf>[0]> = {}) => ({
  key: k,
  typing: false,
  ...extra,
});

describe("shortcutOf", () => {
  it("toggles a criterion with its number, only for criteria the rubric has", () => {
    expect(shortcutOf(key("1"), 3)).toEqual({ kind: "toggle", index: 0 });
    expect(shortcutOf(key("3"), 3)).toEqual({ kind: "toggle", index: 2 });
    expect(shortcutOf(key("4"), 3)).toBeNull();
    expect(shortcutOf(key("0"), 3)).toBeNull();
  });

  it("moves with j/k and the arrows, saves with Enter, opens help with ?", () => {
    expect(shortcutOf(key("j"), 3)).toEqual({ kind: "next" });
    expect(shortcutOf(key("ArrowRight"), 3)).toEqual({ kind: "next" });
    expect(shortcutOf(key("k"), 3)).toEqual({ kind: "previous" });
    expect(shortcutOf(key("ArrowLeft"), 3)).toEqual({ kind: "previous" });
    expect(shortcutOf(key("Enter"), 3)).toEqual({ kind: "save" });
    expect(shortcutOf(key("?"), 3)).toEqual({ kind: "help" });
  });

  it("leaves typing in the comment alone except Ctrl/⌘+Enter", () => {
    expect(shortcutOf(key("1", { typing: true }), 3)).toBeNull();
    expect(shortcutOf(key("j", { typing: true }), 3)).toBeNull();
    expect(shortcutOf(key("Enter", { typing: true }), 3)).toBeNull();
    expect(shortcutOf(key("Enter", { typing: true, ctrlKey: true }), 3)).toEqual({ kind: "save" });
    expect(shortcutOf(key("Enter", { typing: true, metaKey: true }), 3)).toEqual({ kind: "save" });
  });

  it("leaves the browser's own modified keys alone", () => {
    expect(shortcutOf(key("k", { ctrlKey: true }), 3)).toBeNull();
    expect(shortcutOf(key("ArrowLeft", { altKey: true }), 3)).toBeNull();
  });
});

describe("toggled", () => {
  it("adds and removes a criterion, keeping the rubric's order", () => {
    expect(toggled(["a", "b", "c"], ["c"], "a")).toEqual(["a", "c"]);
    expect(toggled(["a", "b", "c"], ["a", "c"], "a")).toEqual(["c"]);
  });
});

describe("nextToGrade", () => {
  const g = (graded: number, size: number) => ({ graded, size });
  it("goes to the next group still to grade, wrapping round", () => {
    expect(nextToGrade([g(0, 2), g(1, 1), g(0, 1)], 0)).toBe(2);
    expect(nextToGrade([g(0, 2), g(1, 1), g(1, 1)], 2)).toBe(0);
  });

  it("moves one on when everything is graded, and stays at the end", () => {
    expect(nextToGrade([g(1, 1), g(1, 1)], 0)).toBe(1);
    expect(nextToGrade([g(1, 1), g(1, 1)], 1)).toBe(1);
  });
});
