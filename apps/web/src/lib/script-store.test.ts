import { describe, expect, it } from "vitest";
import { parseScript } from "./script-store";

describe("parseScript", () => {
  it("reads a stored Simplified choice and defaults everything else to Traditional", () => {
    expect(parseScript("hans")).toBe("hans");
    expect(parseScript("hant")).toBe("hant");
    expect(parseScript(null)).toBe("hant");
    expect(parseScript(undefined)).toBe("hant");
    expect(parseScript("zh-Hans")).toBe("hant");
  });
});
