import { describe, expect, it } from "vitest";
import { parseTzOffset } from "./time-zone";

describe("parseTzOffset", () => {
  it("reads real offsets as they are", () => {
    expect(parseTzOffset("480")).toBe(480);
    expect(parseTzOffset("-720")).toBe(-720);
    expect(parseTzOffset("840")).toBe(840);
    expect(parseTzOffset("0")).toBe(0);
  });
  it("clamps what no time zone uses to the nearest real offset", () => {
    expect(parseTzOffset("-721")).toBe(-720);
    expect(parseTzOffset("-840")).toBe(-720);
    expect(parseTzOffset("-9999")).toBe(-720);
    expect(parseTzOffset("841")).toBe(840);
  });
  it("ignores what is not a number of minutes", () => {
    for (const v of [undefined, "", "abc", "4.5", "1e3", "99999", "--1"]) expect(parseTzOffset(v)).toBeNull();
  });
});
