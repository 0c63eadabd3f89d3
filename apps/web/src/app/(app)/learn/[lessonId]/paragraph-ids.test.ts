import { describe, expect, it } from "vitest";
import { isAppendixRow, paragraphNumber } from "./paragraph-ids";

describe("paragraph ids", () => {
  it("reads the number of a paragraph or an appendix row", () => {
    expect(paragraphNumber("s1-p3")).toBe(3);
    expect(paragraphNumber("s0-p1")).toBe(1);
    expect(paragraphNumber("s5-r7")).toBe(7);
    expect(paragraphNumber("s2-p12")).toBe(12);
  });

  it("rejects what is not a paragraph id", () => {
    expect(() => paragraphNumber("s1")).toThrow();
  });

  it("tells appendix rows from paragraphs", () => {
    expect(isAppendixRow("s5-r2")).toBe(true);
    expect(isAppendixRow("s1-p2")).toBe(false);
  });
});
