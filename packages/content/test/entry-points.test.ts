import { describe, expect, it, vi } from "vitest";

// The browser entries must not bring zod (~65 kB gzip) or the opencc dictionary onto every page.
vi.mock("zod", () => {
  throw new Error("zod was imported");
});
vi.mock("opencc-js/t2cn", () => {
  throw new Error("opencc-js was imported");
});

describe("@dc/content/reader", () => {
  it("loads without zod and without a script converter", async () => {
    const reader = await import("../src/reader");
    expect(reader.getLesson(1)?.paragraphIds).toContain("s1-p1");
  });
});

describe("@dc/content/cloze and @dc/content/constants", () => {
  it("load without zod: client components read blanks and widenable types", async () => {
    const cloze = await import("../src/item-types/cloze-text");
    const constants = await import("../src/constants");
    expect(cloze.blankIds("{{1}}和{{2}}")).toEqual(["1", "2"]);
    expect(constants.isWidenable("cloze")).toBe(true);
  });
});
