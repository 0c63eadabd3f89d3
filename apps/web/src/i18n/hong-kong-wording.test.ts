import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh-Hant.json";

// Our own interface prose uses Hong Kong forms; the article's quotes (in @dc/content) stay verbatim.
const NOT_HONG_KONG: Record<string, string> = {
  網路: "網絡",
  公佈: "公布",
  這裡: "這裏",
  那裡: "那裏",
  缺交: "欠交",
  佇列: "複習清單",
  影片: "短片",
  軟體: "軟件",
  資訊安全: "資訊保安",
};

function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));
  }
  return [];
}

describe("zh-Hant interface wording", () => {
  it("uses Hong Kong forms throughout", () => {
    const found = strings(zh).flatMap(([path, text]) =>
      Object.keys(NOT_HONG_KONG)
        .filter((word) => text.includes(word))
        .map((word) => `${path}: 「${word}」 → 「${NOT_HONG_KONG[word]}」`),
    );
    expect(found).toEqual([]);
  });
});

describe("skill and item-type names", () => {
  it.each([
    ["zh-Hant", zh],
    ["en", en],
  ])("never coincide in %s, so a badge never reads 「日期 · 日期」", (_, messages) => {
    const skills = new Set(Object.values(messages.skills));
    expect(Object.values(messages.types).filter((type) => skills.has(type))).toEqual([]);
  });
});
