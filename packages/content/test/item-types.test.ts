import { describe, expect, it } from "vitest";

import { items } from "../src/bank";
import { isPending, PENDING_SCORE, resultOf } from "../src/check";
import { keyResponse } from "../src/check/key-response";
import { responseText } from "../src/answer-text";
import { ITEM_TYPES, isWidenable, WIDENABLE_TYPES } from "../src/constants";
import { blankIds, fillBlanks, splitCloze } from "../src/item-types/cloze-text";
import { PENDING } from "../src/item-types/module";
import { ITEM_TYPE_MODULES, ZItem, ZResponse } from "../src/item-types/registry";

describe("the item-type registry", () => {
  it("has one module per type, filed under its own name", () => {
    expect(Object.keys(ITEM_TYPE_MODULES).sort()).toEqual([...ITEM_TYPES].sort());
    for (const type of ITEM_TYPES) expect(ITEM_TYPE_MODULES[type].type).toBe(type);
  });

  it("gives a widening exactly to the types whose key a teacher can widen", () => {
    const widened = ITEM_TYPES.filter((type) => ITEM_TYPE_MODULES[type].widening !== null);
    expect(widened).toEqual([...WIDENABLE_TYPES]);
    expect(isWidenable("date")).toBe(false);
    expect(isWidenable("cloze")).toBe(true);
  });

  it("joins every module's item and response schema", () => {
    const types = (union: typeof ZItem | typeof ZResponse) => union.options.map((o) => o.shape.type.value);
    expect(types(ZItem)).toEqual([...ITEM_TYPES]);
    expect(types(ZResponse)).toEqual([...ITEM_TYPES]);
  });

  it("writes every item's key response in words for teachers and CSV (no silent empty text)", () => {
    const silent = items.filter((item) => responseText(item, keyResponse(item), "zh").trim() === "");
    expect(silent.map((item) => item.id)).toEqual([]);
  });

  it("says nothing of a response of another type", () => {
    const single = items.find((item) => item.type === "single")!;
    expect(responseText(single, { type: "truefalse", value: true }, "en")).toBe("");
  });
});

describe("scores", () => {
  it("are correct only at 1, and carry no score while pending", () => {
    expect(resultOf(1)).toEqual({ score: 1, correct: true });
    expect(resultOf(0.5)).toEqual({ score: 0.5, correct: false });
    expect(resultOf(PENDING)).toEqual({ score: null, correct: null, pending: true });
    expect(isPending(resultOf(PENDING))).toBe(true);
    expect(isPending(resultOf(0))).toBe(false);
    expect(isPending(PENDING_SCORE)).toBe(true);
  });
});

describe("cloze text", () => {
  it("splits text and blanks in reading order", () => {
    expect(splitCloze("實現居民消費在{{1}}和{{2}}上的「雙提升」")).toEqual([
      { kind: "text", text: "實現居民消費在" },
      { kind: "blank", id: "1" },
      { kind: "text", text: "和" },
      { kind: "blank", id: "2" },
      { kind: "text", text: "上的「雙提升」" },
    ]);
    expect(splitCloze("{{1}}{{2}}")).toEqual([
      { kind: "blank", id: "1" },
      { kind: "blank", id: "2" },
    ]);
  });

  it("lists blank ids and fills blanks", () => {
    expect(blankIds("甲{{1}}乙{{12}}丙")).toEqual(["1", "12"]);
    expect(blankIds("沒有空格 {1} {{a}}")).toEqual([]);
    expect(fillBlanks("甲{{1}}乙{{2}}", (id) => `（${id}）`)).toBe("甲（1）乙（2）");
  });

  it("is read the same way by the schema: a text needs a blank", () => {
    const cloze = items.find((item) => item.type === "cloze")!;
    expect(ZItem.safeParse({ ...cloze, text: "沒有空格" }).success).toBe(false);
    expect(ZItem.safeParse(cloze).success).toBe(true);
  });
});
