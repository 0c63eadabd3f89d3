import { describe, expect, it } from "vitest";
import { LEVEL_STYLE, LEVELS, pieSlicePath } from "./levels";

describe("level styles", () => {
  it("give each band its own tile, colour and icon fill, growing from unseen to secure", () => {
    expect(LEVELS).toEqual(["unseen", "learning", "developing", "secure"]);
    const styles = LEVELS.map((l) => LEVEL_STYLE[l]);
    expect(new Set(styles.map((s) => s.tile)).size).toBe(4);
    expect(new Set(styles.map((s) => s.color)).size).toBe(4);
    const fills = styles.map((s) => s.fill);
    expect(fills).toEqual([...fills].sort((a, b) => a - b));
    expect(new Set(fills).size).toBe(4);
  });

  it("marks unseen tiles by a dashed border, not by colour alone", () => {
    expect(LEVEL_STYLE.unseen.tile).toContain("border-dashed");
  });
});

describe("pieSlicePath", () => {
  it("draws nothing for an empty slice", () => {
    expect(pieSlicePath(8, 8, 6, 0)).toBe("");
  });

  it("draws a quarter to three o'clock and a half to six o'clock", () => {
    expect(pieSlicePath(8, 8, 6, 0.25)).toBe("M8 8L8 2A6 6 0 0 1 14 8Z");
    expect(pieSlicePath(8, 8, 6, 0.5)).toBe("M8 8L8 2A6 6 0 0 1 8 14Z");
  });

  it("uses the large arc for more than half", () => {
    expect(pieSlicePath(8, 8, 6, 0.75)).toContain("A6 6 0 1 1 2 8");
  });
});
