import { describe, expect, it } from "vitest";
import { assignmentStatus, countedAttempt, finishedAt, isLate, type TAttemptFacts } from "./status";

const T = (min: number) => new Date(Date.UTC(2026, 0, 1, 10, 0) + min * 60_000);
const due = T(60);

const attempt = (over: Partial<TAttemptFacts>): TAttemptFacts => ({
  id: "a",
  status: "SUBMITTED",
  startedAt: T(0),
  submittedAt: T(10),
  deadline: null,
  autoSubmitted: false,
  score: 5,
  maxScore: 10,
  ...over,
});

describe("isLate", () => {
  it("is on time when submitted by the due time (or within the grace)", () => {
    expect(isLate(attempt({ submittedAt: T(60) }), due)).toBe(false);
    expect(isLate(attempt({ submittedAt: new Date(due.getTime() + 10_000) }), due)).toBe(false);
  });

  it("is late when an untimed attempt is submitted after the due time", () => {
    expect(isLate(attempt({ submittedAt: T(61) }), due)).toBe(true);
  });

  it("is late whenever the attempt started after the due time", () => {
    expect(isLate(attempt({ startedAt: T(61), submittedAt: T(62), deadline: T(91) }), due)).toBe(true);
    expect(isLate(attempt({ status: "IN_PROGRESS", startedAt: T(61), submittedAt: null }), due)).toBe(true);
  });

  it("lets a timed attempt started before the due time run to its own deadline", () => {
    const timed = { startedAt: T(50), deadline: T(80) };
    expect(isLate(attempt({ ...timed, submittedAt: T(75) }), due)).toBe(false);
    expect(isLate(attempt({ ...timed, submittedAt: T(81) }), due)).toBe(true);
  });

  it("takes a timer submission's finish as its deadline, however late the server finalised it", () => {
    const a = attempt({ startedAt: T(30), deadline: T(50), submittedAt: T(500), autoSubmitted: true });
    expect(finishedAt(a)).toEqual(T(50));
    expect(isLate(a, due)).toBe(false);
  });
});

describe("countedAttempt", () => {
  it("counts the best submitted attempt, the earliest of equals, never an open one", () => {
    const a = attempt({ id: "a", score: 4, submittedAt: T(5) });
    const b = attempt({ id: "b", score: 8, submittedAt: T(20) });
    const c = attempt({ id: "c", score: 8, submittedAt: T(30) });
    const open = attempt({ id: "o", status: "IN_PROGRESS", score: null, maxScore: null, submittedAt: null });
    expect(countedAttempt([a, c, b, open])?.id).toBe("b");
    expect(countedAttempt([open])).toBeNull();
  });

  it("ties scores stored before rounding that differ only in the last bit, so the earliest counts", () => {
    const early = attempt({ id: "early", score: 5.166666666666666, maxScore: 12, submittedAt: T(5) });
    const late = attempt({ id: "late", score: 5.166666666666667, maxScore: 12, submittedAt: T(90) });
    expect(countedAttempt([late, early])?.id).toBe("early");
  });

  it("compares percentages, not points (an item dropped later changes the points possible)", () => {
    const a = attempt({ id: "a", score: 4, maxScore: 5 });
    const b = attempt({ id: "b", score: 7, maxScore: 10 });
    expect(countedAttempt([b, a])?.id).toBe("a");
  });
});

describe("assignmentStatus", () => {
  const now = T(100);
  it("is not started before the due time with no attempt, missed after it", () => {
    expect(assignmentStatus([], due, T(30)).status).toBe("NOT_STARTED");
    expect(assignmentStatus([], due, now).status).toBe("MISSED");
  });

  it("is in progress while an attempt is open, even after an earlier submission", () => {
    const open = attempt({
      id: "o",
      status: "IN_PROGRESS",
      submittedAt: null,
      score: null,
      deadline: T(120),
    });
    const s = assignmentStatus([attempt({}), open], due, now);
    expect(s.status).toBe("IN_PROGRESS");
    expect(s.counted?.id).toBe("a");
    expect(s.open?.id).toBe("o");
  });

  it("does not count an attempt whose time has run out as open", () => {
    const expired = attempt({ status: "IN_PROGRESS", submittedAt: null, score: null, deadline: T(90) });
    expect(assignmentStatus([expired], due, now).status).toBe("MISSED");
  });

  it("is submitted or late by the counted attempt", () => {
    expect(assignmentStatus([attempt({})], due, now).status).toBe("SUBMITTED");
    expect(assignmentStatus([attempt({ startedAt: T(70), submittedAt: T(80) })], due, now).status).toBe(
      "LATE",
    );
  });
});
