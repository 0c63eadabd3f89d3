import { describe, expect, it } from "vitest";
import { accommodationParts } from "./accommodation-text";

describe("accommodationParts", () => {
  it("names only what was granted", () => {
    expect(accommodationParts(5, 0).map((p) => p.key)).toEqual(["accommodationTime"]);
    expect(accommodationParts(0, 2).map((p) => p.key)).toEqual(["accommodationAttempts"]);
    expect(accommodationParts(5, 1).map((p) => p.key)).toEqual([
      "accommodationTime",
      "accommodationAttempts",
    ]);
    expect(accommodationParts(0, 0)).toEqual([]);
  });
});
