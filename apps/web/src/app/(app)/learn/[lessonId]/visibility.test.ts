import { describe, expect, it } from "vitest";
import { isBeingRead } from "./visibility";

const entry = (ratio: number, height: number, view: number | null, isIntersecting = ratio > 0) => ({
  isIntersecting,
  intersectionRatio: ratio,
  intersectionRect: { height },
  rootBounds: view === null ? null : { height: view },
});

describe("isBeingRead", () => {
  it("counts a paragraph 60% or more in view", () => {
    expect(isBeingRead(entry(0.6, 120, 800))).toBe(true);
    expect(isBeingRead(entry(1, 200, 800))).toBe(true);
  });

  it("does not count one less than 60% in view, or out of view", () => {
    expect(isBeingRead(entry(0.55, 110, 800))).toBe(false);
    expect(isBeingRead(entry(0, 0, 800, false))).toBe(false);
    expect(isBeingRead(entry(0.7, 140, 800, false))).toBe(false);
  });

  it("counts a paragraph taller than the view once it fills 60% of the view", () => {
    expect(isBeingRead(entry(0.35, 700, 800))).toBe(true);
    expect(isBeingRead(entry(0.2, 400, 800))).toBe(false);
  });

  it("does not count a tall paragraph when the view's size is unknown", () => {
    expect(isBeingRead(entry(0.35, 700, null))).toBe(false);
  });
});
