import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPathFor } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeReturnPath("/attempts/abc")).toBe("/attempts/abc");
    expect(safeReturnPath("/teach/classes/x?tab=roster")).toBe("/teach/classes/x?tab=roster");
  });
  it("refuses anything that could lead elsewhere or loop", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "evil.example",
      "/a\u0000b",
      "/sign-in",
      "/sign-in?next=/x",
      "/reset-password/abc",
      "",
      null,
      42,
      `/${"a".repeat(600)}`,
    ]) {
      expect(safeReturnPath(bad), String(bad)).toBeNull();
    }
  });
});

describe("signInPathFor", () => {
  it("remembers the page asked for", () => {
    expect(signInPathFor("/attempts/abc?x=1")).toBe("/sign-in?next=%2Fattempts%2Fabc%3Fx%3D1");
    expect(signInPathFor("//evil.example")).toBe("/sign-in");
    expect(signInPathFor(null)).toBe("/sign-in");
  });
});
