import { describe, expect, it } from "vitest";
import {
  alphaBand,
  discriminationBand,
  facilityBand,
  formatIndex,
  formatPercent100,
  formatPoints,
  formatShare,
  humaniseTag,
  truncate,
} from "./format";

describe("number formats", () => {
  it("formats percentages given as 0..100 and shares given as 0..1", () => {
    expect(formatPercent100(62.5, "en")).toBe("63%");
    expect(formatPercent100(66.666, "en", 1)).toBe("66.7%");
    expect(formatShare(0.5, "zh-Hant")).toBe("50%");
  });

  it("writes points without trailing zeros, with at most two decimals", () => {
    expect(formatPoints(7, "en")).toBe("7");
    expect(formatPoints(2.5, "en")).toBe("2.5");
    expect(formatPoints(1 / 3, "en")).toBe("0.33");
  });

  it("writes an index with its sign and two decimals, and no sign for zero", () => {
    expect(formatIndex(0.4211, "en")).toBe("+0.42");
    expect(formatIndex(-0.1, "en")).toBe("-0.10");
    expect(formatIndex(0.001, "en")).toBe("0.00");
    expect(formatIndex(-0.001, "en")).toBe("0.00");
  });
});

describe("bands", () => {
  it("calls under 30% right hard and over 90% easy", () => {
    expect(facilityBand(0.29)).toBe("hard");
    expect(facilityBand(0.3)).toBe("moderate");
    expect(facilityBand(0.9)).toBe("moderate");
    expect(facilityBand(0.91)).toBe("easy");
  });

  it("reads the item-rest correlation with Moodle's bands, negative apart", () => {
    expect(discriminationBand(-0.05)).toBe("negative");
    expect(discriminationBand(0)).toBe("veryWeak");
    expect(discriminationBand(0.19)).toBe("veryWeak");
    expect(discriminationBand(0.2)).toBe("weak");
    expect(discriminationBand(0.3)).toBe("adequate");
    expect(discriminationBand(0.49)).toBe("adequate");
    expect(discriminationBand(0.5)).toBe("veryGood");
  });

  it("reads alpha with Moodle's guide", () => {
    expect(alphaBand(0.8)).toBe("satisfactory");
    expect(alphaBand(0.75)).toBe("satisfactory");
    expect(alphaBand(0.7)).toBe("marginal");
    expect(alphaBand(0.64)).toBe("marginal");
    expect(alphaBand(0.63)).toBe("unsatisfactory");
    expect(alphaBand(-0.2)).toBe("unsatisfactory");
  });
});

describe("text", () => {
  it("makes a kebab-case tag readable", () => {
    expect(humaniseTag("wrong-meeting")).toBe("Wrong meeting");
    expect(humaniseTag("peak-vs-2019")).toBe("Peak vs 2019");
    expect(humaniseTag("x")).toBe("X");
  });

  it("cuts long text on characters and marks the cut", () => {
    expect(truncate("短句", 5)).toBe("短句");
    expect(truncate("中國國內國際雙循環", 4)).toBe("中國國內…");
    expect(truncate("ab 😀cd", 4)).toBe("ab 😀…");
  });
});
