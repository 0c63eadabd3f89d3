import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, newJoinCode, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("are six characters of the unambiguous alphabet", () => {
    for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(newJoinCode(() => 0)).toBe("222222");
    expect(newJoinCode((max) => max - 1)).toBe("ZZZZZZ");
  });

  it("accept what a student types: any case, spaces and dashes", () => {
    expect(normalizeJoinCode("ab3-k7q")).toBe("AB3K7Q");
    expect(normalizeJoinCode("  AB3 K7Q ")).toBe("AB3K7Q");
    expect(normalizeJoinCode("ab3–k7q")).toBe("AB3K7Q");
  });

  it("refuse what cannot be a code", () => {
    expect(normalizeJoinCode("AB3K7")).toBeNull();
    expect(normalizeJoinCode("AB3K7QQ")).toBeNull();
    expect(normalizeJoinCode("AB3K7O")).toBeNull(); // O is not in the alphabet
    expect(normalizeJoinCode("AB3K71")).toBeNull();
    expect(normalizeJoinCode("")).toBeNull();
  });
});
