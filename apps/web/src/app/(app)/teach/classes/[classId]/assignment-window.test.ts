import { describe, expect, it } from "vitest";
import { assignmentWindow, submittedShare } from "./assignment-window";

describe("an assignment's window", () => {
  const a = { opensAt: new Date("2026-03-02T00:00:00Z"), dueAt: new Date("2026-03-09T15:59:00Z") };

  it("is scheduled before it opens, open until the due time, then past due", () => {
    expect(assignmentWindow(a, a.opensAt.getTime() - 1)).toBe("SCHEDULED");
    expect(assignmentWindow(a, a.opensAt.getTime())).toBe("OPEN");
    expect(assignmentWindow(a, a.dueAt.getTime())).toBe("OPEN");
    expect(assignmentWindow(a, a.dueAt.getTime() + 1)).toBe("PAST_DUE");
  });

  it("gives the share of the class that handed it in, safe for an empty class", () => {
    expect(submittedShare(3, 12)).toBe(0.25);
    expect(submittedShare(0, 0)).toBe(0);
    expect(submittedShare(5, 4)).toBe(1);
  });
});
