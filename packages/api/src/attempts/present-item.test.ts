import { checkAnswer, items, type TItem, type TPublicItem, type TResponse } from "@dc/content";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { presentItem, responseToBank, responseToClient, revealToClient } from "./present-item";
import { revealFor } from "@dc/content";

/*
 * Property tests of the per-attempt presentation: over generated items of every type that has
 * choices, events, options or a word bank, the view never carries the bank's ids or the bank's order,
 * and a response given through the view scores exactly as the same answer given in bank ids.
 */

const base = {
  lessonId: 1 as const,
  skill: "logic" as const,
  pool: "assessment" as const,
  prompt: { zh: "問題" },
  explanation: { zh: "解釋" },
  source: { paragraphId: "s1-p1", quote: "引文" },
};

const ids = (min: number, max: number) =>
  fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,3}$/), { minLength: min, maxLength: max });
const options = (list: string[]) => list.map((id, i) => ({ id, text: { zh: `選項${i}-${id}` } }));

const single = ids(3, 6).chain((c) =>
  fc
    .nat({ max: c.length - 1 })
    .map((k): TItem => ({ ...base, id: "l1-single", type: "single", choices: options(c), answer: c[k]! })),
);
const multi = ids(4, 8).chain((c) =>
  fc
    .subarray(c, { minLength: 1 })
    .map((answer): TItem => ({ ...base, id: "l1-multi", type: "multi", choices: options(c), answer })),
);
const ordering = ids(3, 8).chain((e) =>
  fc
    .shuffledSubarray(e, { minLength: e.length, maxLength: e.length })
    .map((answer): TItem => ({ ...base, id: "l1-order", type: "ordering", events: options(e), answer })),
);
const matching = ids(2, 8).chain((left) =>
  ids(left.length, 10).chain((right) =>
    fc.shuffledSubarray(right, { minLength: left.length, maxLength: left.length }).map(
      (partners): TItem => ({
        ...base,
        id: "l1-match",
        type: "matching",
        left: options(left),
        right: options(right),
        answer: Object.fromEntries(left.map((l, i) => [l, partners[i]!])),
      }),
    ),
  ),
);
const cloze = fc
  .uniqueArray(fc.stringMatching(/^[甲乙丙丁戊己庚辛]{1,3}$/), { minLength: 3, maxLength: 8 })
  .map(
    (words): TItem => ({
      ...base,
      id: "l1-cloze",
      type: "cloze",
      text: "在{{1}}和{{2}}之間",
      answer: { "1": [words[0]!], "2": [words[1]!] },
      options: words,
    }),
  );
const anyItem = fc.oneof(single, multi, ordering, matching, cloze);
const seed = fc.uuid();

/** Every id-bearing list of a view, and of the bank item, in order. */
function viewLists(view: TPublicItem): { id: string; text: string }[][] {
  const of = (list: { id: string; text: { zh: string } }[]) =>
    list.map((o) => ({ id: o.id, text: o.text.zh }));
  if (view.type === "single" || view.type === "multi") return [of(view.choices)];
  if (view.type === "ordering") return [of(view.events)];
  if (view.type === "matching") return [of(view.left), of(view.right)];
  return [];
}
function bankLists(item: TItem): { id: string; text: string }[][] {
  const of = (list: { id: string; text: { zh: string } }[]) =>
    list.map((o) => ({ id: o.id, text: o.text.zh }));
  if (item.type === "single" || item.type === "multi") return [of(item.choices)];
  if (item.type === "ordering") return [of(item.events)];
  if (item.type === "matching") return [of(item.left), of(item.right)];
  return [];
}

/**
 * A response picked on the view (indices into what is shown), and the same answer in bank ids found
 * by each option's text: independent of how the ids are made.
 */
function pickedOnView(
  item: TItem,
  view: TPublicItem,
  picks: number[],
): { shown: TResponse; bank: TResponse } {
  const [shownList = [], shownRight = []] = viewLists(view);
  const [bankList = [], bankRight = []] = bankLists(item);
  const bankIdOf = (list: typeof bankList, text: string) => list.find((o) => o.text === text)!.id;
  const at = <T>(list: T[], i: number) => list[i % list.length]!;
  switch (view.type) {
    case "single": {
      const o = at(shownList, picks[0]!);
      return {
        shown: { type: "single", choice: o.id },
        bank: { type: "single", choice: bankIdOf(bankList, o.text) },
      };
    }
    case "multi": {
      const chosen = [...new Set(picks.map((p) => at(shownList, p)))];
      return {
        shown: { type: "multi", choices: chosen.map((o) => o.id) },
        bank: { type: "multi", choices: chosen.map((o) => bankIdOf(bankList, o.text)) },
      };
    }
    case "ordering": {
      const order = [...shownList].sort(
        (a, b) => (picks[shownList.indexOf(a)] ?? 0) - (picks[shownList.indexOf(b)] ?? 0),
      );
      return {
        shown: { type: "ordering", order: order.map((o) => o.id) },
        bank: { type: "ordering", order: order.map((o) => bankIdOf(bankList, o.text)) },
      };
    }
    case "matching": {
      const pairs = shownList.map((l, i) => [l, at(shownRight, picks[i] ?? i)] as const);
      return {
        shown: { type: "matching", pairs: Object.fromEntries(pairs.map(([l, r]) => [l.id, r.id])) },
        bank: {
          type: "matching",
          pairs: Object.fromEntries(
            pairs.map(([l, r]) => [bankIdOf(bankList, l.text), bankIdOf(bankRight, r.text)]),
          ),
        },
      };
    }
    case "cloze": {
      const words = view.options ?? [];
      const blanks = { "1": at(words, picks[0]!), "2": at(words, picks[1] ?? 0) };
      return { shown: { type: "cloze", blanks }, bank: { type: "cloze", blanks } };
    }
    default:
      throw new Error(`no generator for ${view.type}`);
  }
}

describe("presentItem (per-attempt choice order and opaque ids)", () => {
  it("never carries the bank's ids, nor the bank's order (3+ options), and shows every option once", () => {
    fc.assert(
      fc.property(anyItem, seed, (item, s) => {
        const view = presentItem(item, s);
        const bank = bankLists(item);
        viewLists(view).forEach((shown, i) => {
          const bankList = bank[i]!;
          const bankIds = new Set(bankList.map((o) => o.id));
          expect(shown.some((o) => bankIds.has(o.id))).toBe(false);
          expect(new Set(shown.map((o) => o.id)).size).toBe(shown.length);
          expect(shown.map((o) => o.text).sort()).toEqual(bankList.map((o) => o.text).sort());
          if (shown.length >= 3) expect(shown.map((o) => o.text)).not.toEqual(bankList.map((o) => o.text));
        });
        if (view.type === "ordering" && item.type === "ordering") {
          const keyTexts = item.answer.map((id) => item.events.find((e) => e.id === id)!.text.zh);
          expect(view.events.map((e) => e.text.zh)).not.toEqual(keyTexts);
        }
        if (view.type === "cloze" && item.type === "cloze") {
          if (item.options!.length >= 3) expect(view.options).not.toEqual(item.options);
          expect([...view.options!].sort()).toEqual([...item.options!].sort());
        }
        // Stable for the attempt: the same seed gives the same view.
        expect(presentItem(item, s)).toEqual(view);
      }),
      { numRuns: 300 },
    );
  });

  it("scores a response given through the view exactly as the same answer in bank order", () => {
    fc.assert(
      fc.property(
        anyItem,
        seed,
        fc.array(fc.nat({ max: 20 }), { minLength: 10, maxLength: 10 }),
        (item, s, picks) => {
          const view = presentItem(item, s);
          const { shown, bank } = pickedOnView(item, view, picks);
          expect(checkAnswer(item, responseToBank(item, s, shown))).toEqual(checkAnswer(item, bank));
          // What the browser gets back for a stored answer is what it sent.
          expect(responseToClient(item, s, bank)).toEqual(shown);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("names the key with the view's ids once it is revealed", () => {
    fc.assert(
      fc.property(anyItem, seed, (item, s) => {
        const key = revealToClient(item, s, revealFor(item)).key;
        expect(checkAnswer(item, responseToBank(item, s, keyAsResponse(item, key)))).toEqual({
          score: 1,
          correct: true,
        });
      }),
      { numRuns: 200 },
    );
  });

  it("refuses ids the attempt never showed, bank letters included", () => {
    const item = items.find((i) => i.type === "single")!;
    if (item.type !== "single") throw new Error("no single item");
    const sent = responseToBank(item, "seed", { type: "single", choice: item.answer });
    expect(() => checkAnswer(item, sent)).toThrow();
  });

  it("gives two attempts of the real bank different orders", () => {
    const choiceItems = items.filter((i) => i.type === "single" || i.type === "multi");
    const differ = choiceItems.filter((i) => {
      const a = viewLists(presentItem(i, "attempt-one"))[0]!.map((o) => o.text);
      const b = viewLists(presentItem(i, "attempt-two"))[0]!.map((o) => o.text);
      return a.join() !== b.join();
    });
    // Orders are random per attempt: most items differ between two attempts, none is ever in bank order.
    expect(differ.length).toBeGreaterThan(choiceItems.length / 2);
  });
});

/** The revealed key as the response that gives it (what a student who knew the key would send). */
function keyAsResponse(item: TItem, key: unknown): TResponse {
  switch (item.type) {
    case "single":
      return { type: "single", choice: key as string };
    case "multi":
      return { type: "multi", choices: key as string[] };
    case "ordering":
      return { type: "ordering", order: key as string[] };
    case "matching":
      return { type: "matching", pairs: key as Record<string, string> };
    case "cloze":
      return {
        type: "cloze",
        blanks: Object.fromEntries(
          Object.entries(key as Record<string, string[]>).map(([b, w]) => [b, w[0]!]),
        ),
      };
    default:
      throw new Error(item.type);
  }
}
