import { describe, expect, it } from "vitest";
import { dailyShare, startOfSchoolDay } from "./daily-limit";
import { nextCard } from "./schedule";

describe("startOfSchoolDay", () => {
  it("starts the day at midnight in Hong Kong", () => {
    expect(startOfSchoolDay(new Date("2026-12-03T10:00:00Z"))).toEqual(new Date("2026-12-02T16:00:00Z"));
    expect(startOfSchoolDay(new Date("2026-12-03T15:59:59Z"))).toEqual(new Date("2026-12-02T16:00:00Z"));
    expect(startOfSchoolDay(new Date("2026-12-03T16:00:00Z"))).toEqual(new Date("2026-12-03T16:00:00Z"));
  });
});

describe("dailyShare", () => {
  it("caps a day's review and keeps the rest for later", () => {
    expect(dailyShare(38, 0)).toEqual({ today: 20, later: 18, left: 20 });
    expect(dailyShare(38, 15)).toEqual({ today: 5, later: 33, left: 5 });
    expect(dailyShare(3, 0)).toEqual({ today: 3, later: 0, left: 20 });
    expect(dailyShare(5, 25)).toEqual({ today: 0, later: 5, left: 0 });
  });
});

describe("nextCard", () => {
  const now = new Date("2026-12-03T04:00:00Z");
  const hours = (d: Date) => (d.getTime() - now.getTime()) / 3_600_000;

  it("spaces a right answer into the days ahead, not today", () => {
    expect(hours(nextCard(null, 1, now).due)).toBeGreaterThanOrEqual(24);
  });

  it("brings a wrong or half-right answer back within minutes", () => {
    expect(hours(nextCard(null, 0, now).due)).toBeLessThan(0.5);
    expect(hours(nextCard(null, 0.5, now).due)).toBeLessThan(0.5);
  });

  it("graduates an item missed before once it is answered right", () => {
    const missed = nextCard(null, 0, now);
    const later = new Date(now.getTime() + 5 * 60_000);
    expect(nextCard(missed, 1, later).due.getTime() - later.getTime()).toBeGreaterThanOrEqual(24 * 3_600_000);
  });
});
