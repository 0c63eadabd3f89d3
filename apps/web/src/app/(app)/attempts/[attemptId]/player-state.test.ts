import { describe, expect, it } from "vitest";
import {
  checkBlocker,
  checkRevision,
  finishAction,
  initialIndex,
  navStates,
  offersCheck,
  shownResponse,
  withCleared,
  type TEntry,
} from "./player-state";

const r = (value: string) => ({ type: "numeric" as const, value });
const entry = (id: string, over: Partial<TEntry> = {}): TEntry => ({
  item: { id, type: "numeric", unit: "", lessonId: 1, skill: "figures", prompt: { zh: "題" } },
  answer: null,
  final: false,
  result: null,
  reveal: null,
  adjustment: null,
  credit: null,
  written: null,
  ...over,
});
const saved = (value: string, revision = 1) => ({ response: r(value), revision, savedAt: new Date(0) });

describe("the quiz player's state", () => {
  it("opens at the first question neither final nor answered, else the first", () => {
    expect(initialIndex([entry("a", { answer: saved("1") }), entry("b"), entry("c")])).toBe(1);
    expect(initialIndex([entry("a", { final: true }), entry("b", { answer: saved("2") })])).toBe(0);
  });

  it("shows this tab's unsaved answer over the server's, and an emptied field as empty", () => {
    const e = entry("a", { answer: saved("1") });
    expect(shownResponse(e, {}, new Set())).toEqual(r("1"));
    const queue = { a: { response: r("2"), revision: 2, state: "pending" as const } };
    expect(shownResponse(e, queue, new Set())).toEqual(r("2"));
    expect(shownResponse(e, queue, new Set(["a"]))).toBeNull();
    expect(withCleared(new Set(["a"]), "a", r("3")).has("a")).toBe(false);
    expect(withCleared(new Set(), "a", null).has("a")).toBe(true);
  });

  it("marks questions by the server's result, else by whether they hold an answer", () => {
    const items = [
      entry("a", { result: { score: 1, correct: true } }),
      entry("b", { result: { score: 0.5, correct: false } }),
      entry("c", { result: { score: 0, correct: false } }),
      entry("d"),
      entry("e"),
    ];
    expect(navStates(items, (i) => (i === 3 ? r("1") : null))).toEqual([
      "right",
      "partial",
      "wrong",
      "answered",
      "empty",
    ]);
  });

  it("checks with a revision above both the tab's and the server's, and only with an answer, online", () => {
    const e = entry("a", { answer: saved("1", 3) });
    expect(checkRevision(e, {})).toBe(4);
    expect(checkRevision(e, { a: { response: r("2"), revision: 5, state: "saved" } })).toBe(6);
    expect(checkBlocker(null, true)).toBe("checkNeedsAnswer");
    expect(checkBlocker(r("1"), false)).toBe("offlineCheck");
    expect(checkBlocker(r("1"), true)).toBeNull();
  });

  it("follows the server's rule on checking each answer, for the check button and for finishing", () => {
    const checked = [entry("a", { final: true }), entry("b", { final: true })];
    expect(finishAction({ kind: "PRACTICE", checksEachAnswer: true, items: checked })).toEqual({
      direct: true,
      label: "finishPractice",
    });
    const open = [entry("a", { final: true }), entry("b")];
    expect(finishAction({ kind: "PRACTICE", checksEachAnswer: true, items: open })).toEqual({
      direct: false,
      label: "finishPractice",
    });
    // A review stops at any time without the exam dialog: it has no score to lose.
    expect(finishAction({ kind: "REVIEW", checksEachAnswer: true, items: open })).toEqual({
      direct: true,
      label: "finishReview",
    });
    expect(finishAction({ kind: "QUIZ", checksEachAnswer: false, items: checked })).toEqual({
      direct: false,
      label: "submit",
    });
    expect(offersCheck({ checksEachAnswer: true }, open[1]!)).toBe(true);
    expect(offersCheck({ checksEachAnswer: true }, open[0]!)).toBe(false);
    expect(offersCheck({ checksEachAnswer: false }, open[1]!)).toBe(false);
  });
});
