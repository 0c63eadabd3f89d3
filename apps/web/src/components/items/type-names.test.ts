import { ITEM_TYPES } from "@dc/content/constants";
import { describe, expect, it } from "vitest";
import en from "../../../messages/en.json";
import zh from "../../../messages/zh-Hant.json";

// The registry's completeness is checked by the compiler (registry.ts, registry.typecheck.ts); the
// names each type's module needs in the interface are checked here.
describe("item types in the interface", () => {
  it("names every item type in both languages (types.<type>)", () => {
    for (const messages of [en, zh]) {
      const named = messages.types as Record<string, string>;
      expect(ITEM_TYPES.filter((type) => !named[type])).toEqual([]);
    }
  });
});
