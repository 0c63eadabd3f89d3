import { items } from "@dc/content";
import { describe, expect, it } from "vitest";
import en from "../../../../../messages/en.json";
import zh from "../../../../../messages/zh-Hant.json";

// Teachers read misconceptions in words, never as internal slugs: every tag the bank uses has a label.
const usedTags = new Set(
  items.flatMap((item) => [
    ...("choices" in item ? item.choices.flatMap((c) => (c.misconception ? [c.misconception] : [])) : []),
    ...(item.type === "truefalse" && item.misconception ? [item.misconception] : []),
  ]),
);

describe("misconception labels", () => {
  it.each([
    ["zh-Hant", zh.results.tags],
    ["en", en.results.tags],
  ])("every tag used in the bank has a %s label", (_, tags) => {
    const missing = [...usedTags].filter((tag) => !(tag in tags)).sort();
    expect(missing).toEqual([]);
  });
});
