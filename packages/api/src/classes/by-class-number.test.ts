import { describe, expect, it } from "vitest";
import { byClassNumber } from "./by-class-number";

describe("byClassNumber", () => {
  it("puts numbered students first by number, then the others by name", () => {
    const members = [
      { name: "Zoe", classNumber: null },
      { name: "Amy", classNumber: 12 },
      { name: "Ben", classNumber: null },
      { name: "Cat", classNumber: 2 },
    ];
    expect([...members].sort(byClassNumber).map((m) => m.name)).toEqual(["Cat", "Amy", "Ben", "Zoe"]);
  });

  it("breaks a tie of names by email", () => {
    const a = { name: "陳大文", classNumber: null, email: "b@x" };
    const b = { name: "陳大文", classNumber: null, email: "a@x" };
    expect([a, b].sort(byClassNumber)).toEqual([b, a]);
  });
});
