import { describe, expect, it } from "vitest";
import { actionFor, dueUrgency, groupByStatus, statusBadge, type TStatus } from "./status";

const due = new Date("2026-03-09T15:59:00Z");
const before = due.getTime() - 3_600_000;
const after = due.getTime() + 60_000;

describe("a student's assignment list", () => {
  it("gives every status its own badge", () => {
    const statuses: TStatus[] = ["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "LATE", "MISSED"];
    const looks = statuses.map((s) => statusBadge(s).className);
    expect(new Set(looks).size).toBe(statuses.length);
    expect(statusBadge("MISSED").symbol).toBe("✕");
  });

  it("keeps work to do apart from work handed in, in the given order", () => {
    const list = [
      { id: "a", status: "SUBMITTED" as const },
      { id: "b", status: "MISSED" as const },
      { id: "c", status: "NOT_STARTED" as const },
      { id: "d", status: "LATE" as const },
      { id: "e", status: "IN_PROGRESS" as const },
    ];
    const { todo, done } = groupByStatus(list);
    expect(todo.map((a) => a.id)).toEqual(["b", "c", "e"]);
    expect(done.map((a) => a.id)).toEqual(["a", "d"]);
  });

  it("chooses the main action: start (late after the due time), retry, resume, or why not", () => {
    const base = { openAttemptId: null, attemptsUsed: 0, dueAt: due };
    expect(actionFor({ ...base, next: "START" }, before)).toEqual({ kind: "START", late: false });
    expect(actionFor({ ...base, next: "START" }, after)).toEqual({ kind: "START", late: true });
    expect(actionFor({ ...base, next: "START", attemptsUsed: 1 }, before)).toEqual({
      kind: "RETRY",
      late: false,
    });
    expect(actionFor({ ...base, next: "RESUME", openAttemptId: "t1", attemptsUsed: 1 }, after)).toEqual({
      kind: "RESUME",
      attemptId: "t1",
    });
    expect(actionFor({ ...base, next: "NOT_OPEN" }, before)).toEqual({ kind: "NOT_OPEN" });
    expect(actionFor({ ...base, next: "NO_ATTEMPTS_LEFT", attemptsUsed: 1 }, after)).toEqual({
      kind: "NO_ATTEMPTS_LEFT",
    });
  });

  it("warns when the due time is within a day", () => {
    expect(dueUrgency(due, after)).toBe("PAST");
    expect(dueUrgency(due, due.getTime())).toBe("PAST");
    expect(dueUrgency(due, before)).toBe("SOON");
    expect(dueUrgency(due, due.getTime() - 2 * 86_400_000)).toBe("LATER");
  });
});
