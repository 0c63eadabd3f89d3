import { describe, expect, it } from "vitest";
import { localized } from "./localized";

describe("localized", () => {
  it("picks English when asked and present", () => {
    expect(localized({ zh: "雙循環", en: "dual circulation" }, "en")).toBe("dual circulation");
  });
  it("falls back to the Chinese source without an English version", () => {
    expect(localized({ zh: "雙循環" }, "en")).toBe("雙循環");
  });
  it("gives the Chinese source for any other language or locale", () => {
    expect(localized({ zh: "雙循環", en: "dual circulation" }, "zh")).toBe("雙循環");
    expect(localized({ zh: "雙循環", en: "dual circulation" }, "zh-Hant")).toBe("雙循環");
  });
});
