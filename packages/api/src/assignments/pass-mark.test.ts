import { describe, expect, it } from "vitest";
import { passed } from "./pass-mark";

describe("the pass mark", () => {
  it("passes at or above the mark and fails below it", () => {
    expect(passed(60, 60)).toBe(true);
    expect(passed(100, 100)).toBe(true);
    expect(passed(59.9, 60)).toBe(false);
    expect(passed(0, 1)).toBe(false);
  });

  it("judges the percent as shown (one decimal), not a rounding hair below it", () => {
    // 3 of 5 items scored as fractions can land at 59.99999…
    expect(passed((2.9999999 / 5) * 100, 60)).toBe(true);
    expect(passed((2 / 3) * 100, 67)).toBe(false);
  });

  it("says nothing without a pass mark or a score", () => {
    expect(passed(80, null)).toBeNull();
    expect(passed(null, 50)).toBeNull();
  });
});
