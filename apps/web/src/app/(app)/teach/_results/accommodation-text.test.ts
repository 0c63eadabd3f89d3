import { describe, expect, it } from "vitest";
import { accommodationParts } from "./accommodation-text";

const keys = (extraTimeMinutes: number, extraTimePercent: number, extraAttempts: number) =>
  accommodationParts({ extraTimeMinutes, extraTimePercent, extraAttempts }).map((p) => p.key);

describe("accommodationParts", () => {
  it("says only the parts above zero", () => {
    expect(keys(5, 0, 0)).toEqual(["accommodationTime"]);
    expect(keys(0, 0, 2)).toEqual(["accommodationAttempts"]);
    expect(keys(0, 25, 0)).toEqual(["accommodationPercent"]);
    expect(keys(5, 25, 1)).toEqual(["accommodationPercent", "accommodationTime", "accommodationAttempts"]);
    expect(keys(0, 0, 0)).toEqual([]);
  });

  it("carries the numbers to the message", () => {
    expect(accommodationParts({ extraTimeMinutes: 0, extraTimePercent: 25, extraAttempts: 1 })).toEqual([
      { key: "accommodationPercent", values: { percent: 25 } },
      { key: "accommodationAttempts", values: { attempts: 1 } },
    ]);
  });
});
