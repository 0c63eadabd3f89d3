import { describe, expect, it } from "vitest";
import { cleanJoinCode, groupJoinCode, joinCodeProblem, spellJoinCode } from "~/lib/join-code";

describe("join codes as typed", () => {
  it("reads lower case, spaces, dashes and underscores as the server does", () => {
    expect(cleanJoinCode(" ab3 k7q ")).toBe("AB3K7Q");
    expect(cleanJoinCode("ab3-k7q")).toBe("AB3K7Q");
    expect(cleanJoinCode("AB3_K7Q")).toBe("AB3K7Q");
    expect(cleanJoinCode("ab3–k7q")).toBe("AB3K7Q"); // an en dash pasted from a document
  });

  it("says why something cannot be a code, and lets a possible one through", () => {
    expect(joinCodeProblem("  ")).toBe("EMPTY");
    expect(joinCodeProblem("ab3 k7")).toBe("LENGTH");
    expect(joinCodeProblem("ab3 k7qq")).toBe("LENGTH");
    expect(joinCodeProblem("AB0K7Q")).toBe("CHARACTERS"); // zero
    expect(joinCodeProblem("ABOK7Q")).toBe("CHARACTERS"); // the letter O
    expect(joinCodeProblem("AB1KLQ")).toBe("CHARACTERS");
    expect(joinCodeProblem("班級代碼")).toBe("CHARACTERS");
    expect(joinCodeProblem("ab3 k7q")).toBeNull();
  });
});

describe("join codes as shown", () => {
  it("groups a code in threes and spells it for screen readers", () => {
    expect(groupJoinCode("AB3K7Q")).toBe("AB3 K7Q");
    expect(groupJoinCode("ABC")).toBe("ABC");
    expect(spellJoinCode("AB3K7Q")).toBe("A B 3 K 7 Q");
  });
});
