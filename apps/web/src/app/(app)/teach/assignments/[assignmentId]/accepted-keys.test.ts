import { items, type TItem } from "@dc/content";
import { describe, expect, it } from "vitest";
import { buildAcceptedKeys, canAcceptAnswer, EMPTY_DRAFT } from "./accepted-keys";

type Of<K extends TItem["type"]> = Extract<TItem, { type: K }>;
const first = <K extends TItem["type"]>(type: K, extra: (i: Of<K>) => boolean = () => true) =>
  items.find((i): i is Of<K> => i.type === type && extra(i as Of<K>))!;

describe("buildAcceptedKeys", () => {
  it("single: each ticked choice other than the key is a key of its own", () => {
    const item = first("single");
    const others = item.choices.map((c) => c.id).filter((id) => id !== item.answer);
    const built = buildAcceptedKeys(item, { ...EMPTY_DRAFT, choices: [item.answer, others[1]!, others[0]!] });
    expect(built).toEqual({ ok: true, keys: [others[0], others[1]] });
    expect(buildAcceptedKeys(item, { ...EMPTY_DRAFT, choices: [item.answer] })).toEqual({
      ok: false,
      problem: "PICK_CHOICE",
    });
  });

  it("multi: the ticked set is one key, in the order the choices are listed, and not the key itself", () => {
    const item = first("multi");
    const ids = item.choices.map((c) => c.id);
    expect(buildAcceptedKeys(item, { ...EMPTY_DRAFT, choices: [ids[2]!, ids[0]!] })).toEqual({
      ok: true,
      keys: [[ids[0], ids[2]]],
    });
    expect(buildAcceptedKeys(item, { ...EMPTY_DRAFT, choices: [...item.answer].reverse() })).toEqual({
      ok: false,
      problem: "SAME_AS_KEY",
    });
    expect(buildAcceptedKeys(item, EMPTY_DRAFT)).toEqual({ ok: false, problem: "PICK_CHOICE" });
  });

  it("true/false: the other value", () => {
    const item = first("truefalse");
    expect(buildAcceptedKeys(item, EMPTY_DRAFT)).toEqual({ ok: true, keys: [!item.answer] });
  });

  it("numeric: one number, thousands separators and spaces ignored", () => {
    const item = first("numeric");
    expect(buildAcceptedKeys(item, { ...EMPTY_DRAFT, number: " 3,040 " })).toEqual({
      ok: true,
      keys: [3040],
    });
    expect(buildAcceptedKeys(item, { ...EMPTY_DRAFT, number: "" })).toEqual({
      ok: false,
      problem: "ENTER_NUMBER",
    });
    expect(buildAcceptedKeys(item, { ...EMPTY_DRAFT, number: "三千" })).toEqual({
      ok: false,
      problem: "ENTER_NUMBER",
    });
  });

  it("cloze: several words per blank split on commas, 、 and slashes; empty blanks left out", () => {
    const item = first("cloze", (i) => !i.options);
    const [blank] = Object.keys(item.answer);
    const built = buildAcceptedKeys(item, { ...EMPTY_DRAFT, blanks: { [blank!]: "甲、乙 / 甲 ,丙" } });
    expect(built).toEqual({ ok: true, keys: [{ [blank!]: ["甲", "乙", "丙"] }] });
    expect(buildAcceptedKeys(item, EMPTY_DRAFT)).toEqual({ ok: false, problem: "ENTER_BLANK" });
  });

  it("cloze with a word bank: the chosen word is taken whole", () => {
    const item = items.find((i): i is Of<"cloze"> => i.type === "cloze" && !!i.options);
    if (!item) return;
    const [blank] = Object.keys(item.answer);
    const word = item.options![0]!;
    expect(buildAcceptedKeys(item, { ...EMPTY_DRAFT, blanks: { [blank!]: word } })).toEqual({
      ok: true,
      keys: [{ [blank!]: [word] }],
    });
  });

  it("refuses the types whose key cannot be widened", () => {
    expect(canAcceptAnswer("date")).toBe(false);
    expect(canAcceptAnswer("ordering")).toBe(false);
    expect(canAcceptAnswer("matching")).toBe(false);
    expect(canAcceptAnswer("cloze")).toBe(true);
    expect(buildAcceptedKeys(first("date"), EMPTY_DRAFT)).toEqual({ ok: false, problem: "NOT_SUPPORTED" });
  });
});
