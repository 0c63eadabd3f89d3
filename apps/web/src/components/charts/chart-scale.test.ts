import { describe, expect, it } from "vitest";
import {
  dayTicks,
  labelledIndexes,
  linearScale,
  niceStep,
  plotArea,
  presentRuns,
  quarterTicks,
} from "./chart-scale";

describe("linearScale", () => {
  it("maps the domain onto the range, including an inverted (SVG y) range", () => {
    const x = linearScale([0, 10], [0, 200]);
    expect(x(0)).toBe(0);
    expect(x(5)).toBe(100);
    expect(x(10)).toBe(200);
    const y = linearScale([0, 1], [180, 20]);
    expect(y(0)).toBe(180);
    expect(y(1)).toBe(20);
    expect(y(0.5)).toBe(100);
  });

  it("puts every value of a flat domain in the middle instead of dividing by zero", () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

describe("plotArea", () => {
  it("takes the margins off the chart's edges", () => {
    expect(plotArea(400, 240, { left: 34, right: 44, top: 24, bottom: 28 })).toEqual({
      left: 34,
      right: 356,
      top: 24,
      bottom: 212,
    });
  });
});

describe("niceStep and quarterTicks", () => {
  it("rounds a raw step up to 1, 2 or 5 × 10ⁿ", () => {
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(12)).toBe(20);
    expect(niceStep(20)).toBe(20);
    expect(niceStep(0.3, 1)).toBe(1);
    expect(niceStep(0, 1)).toBe(1);
  });

  it("gives five whole-number ticks in four equal steps covering the maximum", () => {
    expect(quarterTicks(0)).toEqual([0, 1, 2, 3, 4]);
    expect(quarterTicks(3)).toEqual([0, 1, 2, 3, 4]);
    expect(quarterTicks(5)).toEqual([0, 2, 4, 6, 8]);
    expect(quarterTicks(17)).toEqual([0, 5, 10, 15, 20]);
    expect(quarterTicks(40)).toEqual([0, 10, 20, 30, 40]);
    for (const max of [1, 9, 23, 57, 101, 999]) {
      const ticks = quarterTicks(max);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
});

describe("labelledIndexes", () => {
  it("labels every band when there is room", () => {
    expect(labelledIndexes(4, 50, 40)).toEqual([0, 1, 2, 3]);
  });

  it("thins the labels on a narrow chart and always keeps the last one", () => {
    const picked = labelledIndexes(30, 10, 40);
    expect(picked.at(-1)).toBe(29);
    expect(picked).toEqual([4, 9, 14, 19, 24, 29]);
    expect(labelledIndexes(30, 3, 40)).toEqual([1, 15, 29]);
    expect(labelledIndexes(0, 10, 40)).toEqual([]);
  });
});

describe("dayTicks", () => {
  it("ticks every day over a short span", () => {
    expect(dayTicks(100, 103, 6)).toEqual([100, 101, 102, 103]);
    expect(dayTicks(100, 100, 6)).toEqual([100]);
  });

  it("widens the step to keep at most `max` ticks, ending on the last day", () => {
    expect(dayTicks(100, 130, 6)).toEqual([102, 109, 116, 123, 130]);
    const long = dayTicks(0, 400, 5);
    expect(long.length).toBeLessThanOrEqual(5);
    expect(long.at(-1)).toBe(400);
  });
});

describe("presentRuns", () => {
  it("splits the indexes of present values where a value is missing", () => {
    expect(presentRuns([null, 0.5, 0.7, null, null, 1, null, 0.2])).toEqual([[1, 2], [5], [7]]);
    expect(presentRuns([null, null])).toEqual([]);
    expect(presentRuns([])).toEqual([]);
  });
});
