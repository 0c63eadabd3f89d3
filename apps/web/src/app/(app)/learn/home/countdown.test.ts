import { describe, expect, it } from "vitest";
import { countdown, isUrgent } from "./countdown";

const now = Date.UTC(2026, 11, 3, 4, 0);
const M = 60_000;

describe("countdown", () => {
  it("shows the two largest units left", () => {
    expect(countdown(now + (2 * 24 * 60 + 3 * 60 + 5) * M, now)).toEqual({ unit: "days", days: 2, hours: 3 });
    expect(countdown(now + (5 * 60 + 12) * M, now)).toEqual({ unit: "hours", hours: 5, minutes: 12 });
    expect(countdown(now + 45 * M, now)).toEqual({ unit: "minutes", minutes: 45 });
  });

  it("rounds the last seconds up to a minute, and is overdue at the due time", () => {
    expect(countdown(now + 10_000, now)).toEqual({ unit: "minutes", minutes: 1 });
    expect(countdown(now, now)).toEqual({ unit: "overdue" });
    expect(countdown(now - M, now)).toEqual({ unit: "overdue" });
  });

  it("is urgent under a day", () => {
    expect(isUrgent(countdown(now + 23 * 60 * M, now))).toBe(true);
    expect(isUrgent(countdown(now + 25 * 60 * M, now))).toBe(false);
  });
});
