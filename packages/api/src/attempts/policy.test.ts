import { describe, expect, it } from "vitest";
import { released, revealsAfterSubmit, showsScore } from "./policy";

describe("release settings", () => {
  const dueAt = new Date("2026-03-09T16:00:00Z");
  const before = new Date("2026-03-09T15:59:59Z");

  it("releases at once, after the due time, or never", () => {
    expect(released("IMMEDIATE", dueAt, before)).toBe(true);
    expect(released("AFTER_DUE", dueAt, before)).toBe(false);
    expect(released("AFTER_DUE", dueAt, dueAt)).toBe(true);
    expect(released("NEVER", dueAt, new Date("2100-01-01"))).toBe(false);
  });

  it("keeps keys and scores apart, and always shows both outside assignments", () => {
    const a = { feedback: "NEVER" as const, scoreRelease: "IMMEDIATE" as const, dueAt, releasedAt: null };
    expect(revealsAfterSubmit("ASSIGNMENT", a, before)).toBe(false);
    expect(showsScore("ASSIGNMENT", a, before)).toBe(true);
    const b = { feedback: "IMMEDIATE" as const, scoreRelease: "NEVER" as const, dueAt, releasedAt: null };
    expect(revealsAfterSubmit("ASSIGNMENT", b, before)).toBe(true);
    expect(showsScore("ASSIGNMENT", b, before)).toBe(false);
    for (const kind of ["PRACTICE", "QUIZ", "REVIEW"] as const) {
      expect(revealsAfterSubmit(kind, null, before)).toBe(true);
      expect(showsScore(kind, null, before)).toBe(true);
    }
  });

  it("releases keys and scores early from the teacher's release-now, whatever the setting", () => {
    const releasedAt = new Date("2026-03-09T12:00:00Z");
    const beforeRelease = new Date("2026-03-09T11:59:59Z");
    for (const policy of ["AFTER_DUE", "NEVER"] as const) {
      const a = { feedback: policy, scoreRelease: policy, dueAt, releasedAt };
      expect(revealsAfterSubmit("ASSIGNMENT", a, beforeRelease)).toBe(false);
      expect(showsScore("ASSIGNMENT", a, beforeRelease)).toBe(false);
      expect(revealsAfterSubmit("ASSIGNMENT", a, before)).toBe(true);
      expect(showsScore("ASSIGNMENT", a, before)).toBe(true);
    }
  });
});
