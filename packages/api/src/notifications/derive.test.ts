import { describe, expect, it } from "vitest";
import { deriveNotifications, resultsReleasedAt, type TFeedAssignment } from "./derive";

const now = new Date("2026-12-03T12:00:00Z");
const h = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
const joined = { classId: "c1", className: "4A", joinedAt: h(-100), removedAt: null };
const assignment = (over: Partial<TFeedAssignment> = {}): TFeedAssignment => ({
  id: "a1",
  classId: "c1",
  title: "Quiz",
  createdAt: h(-2),
  opensAt: h(-2),
  dueAt: h(48),
  scoreRelease: "IMMEDIATE",
  releasedAt: null,
  submittedAt: null,
  ...over,
});
const derive = (over: Partial<Parameters<typeof deriveNotifications>[0]>) =>
  deriveNotifications({
    enrollments: [joined],
    assignments: [],
    announcements: [],
    readKeys: new Set(),
    now,
    ...over,
  });
const keys = (over: Partial<Parameters<typeof deriveNotifications>[0]>) => derive(over).map((n) => n.key);

describe("deriveNotifications", () => {
  it("announces an assignment set after the student joined, not one set before", () => {
    expect(keys({ assignments: [assignment()] })).toEqual(["assignment.new:a1"]);
    expect(keys({ assignments: [assignment({ createdAt: h(-200), opensAt: h(-200) })] })).toEqual([]);
  });

  it("warns within 24 h of the due time until the work is handed in", () => {
    const dueSoon = assignment({ dueAt: h(5) });
    expect(keys({ assignments: [dueSoon] })).toContain("assignment.due:a1");
    expect(keys({ assignments: [{ ...dueSoon, submittedAt: h(-1) }] })).not.toContain("assignment.due:a1");
    expect(keys({ assignments: [assignment({ dueAt: h(25) })] })).not.toContain("assignment.due:a1");
    expect(keys({ assignments: [assignment({ dueAt: h(-1) })] })).not.toContain("assignment.due:a1");
  });

  it("tells of results released after the hand-in: at the due time, or by the teacher's release", () => {
    const after = assignment({ scoreRelease: "AFTER_DUE", dueAt: h(-1), submittedAt: h(-3) });
    expect(resultsReleasedAt(after)).toEqual(h(-1));
    expect(keys({ assignments: [after] })).toContain("results.released:a1");
    expect(keys({ assignments: [{ ...after, dueAt: h(3) }] })).not.toContain("results.released:a1");
    const early = assignment({ scoreRelease: "NEVER", releasedAt: h(-1), submittedAt: h(-2) });
    expect(keys({ assignments: [early] })).toContain("results.released:a1");
    // Results shown on submitting were seen then: no notification.
    expect(resultsReleasedAt(assignment({ submittedAt: h(-1) }))).toBeNull();
  });

  it("shows nothing of a class the student left or was removed from", () => {
    const left = { ...joined, removedAt: h(-1) };
    const items = derive({
      enrollments: [left],
      assignments: [assignment({ dueAt: h(3) })],
      announcements: [{ id: "n1", classId: "c1", body: "Hi", createdAt: h(-0.5) }],
    });
    expect(items).toEqual([]);
  });

  it("never shows another class's news, and keeps read state by key", () => {
    const items = derive({
      assignments: [assignment(), assignment({ id: "a2", classId: "other" })],
      announcements: [
        { id: "n1", classId: "c1", body: "Bring a pen", createdAt: h(-1) },
        { id: "n2", classId: "other", body: "Not yours", createdAt: h(-1) },
      ],
      readKeys: new Set(["announcement:n1"]),
    });
    expect(items.map((n) => [n.key, n.read])).toEqual([
      ["announcement:n1", true],
      ["assignment.new:a1", false],
    ]);
    expect(items[0]?.className).toBe("4A");
  });

  it("orders newest first and ignores what lies in the future", () => {
    const items = derive({
      assignments: [
        assignment({ id: "old", createdAt: h(-10) }),
        assignment({ id: "new", createdAt: h(-1) }),
        assignment({ id: "later", createdAt: h(2) }),
      ],
    });
    expect(items.map((n) => n.key)).toEqual(["assignment.new:new", "assignment.new:old"]);
  });
});
