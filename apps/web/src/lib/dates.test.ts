import { describe, expect, it } from "vitest";
import {
  dayNumberOf,
  formatDateTime,
  formatDateTimeAtOffset,
  formatDay,
  localDayOf,
  localDayPosition,
  relativeTime,
  yearAtOffset,
} from "~/lib/dates";

describe("day numbers", () => {
  it("counts days since 1970-01-01", () => {
    expect(dayNumberOf("1970-01-01")).toBe(0);
    expect(dayNumberOf("1970-01-31")).toBe(30);
    expect(dayNumberOf("2025-11-29")).toBe(20421);
    expect(() => dayNumberOf("29/11/2025")).toThrow();
  });

  it("puts an instant on the student's own calendar day", () => {
    // 20:30 UTC on 28 November is already 29 November in Hong Kong (UTC+8), still the 28th in New York.
    const at = new Date("2025-11-28T20:30:00Z");
    expect(localDayOf(at, 480)).toBe(dayNumberOf("2025-11-29"));
    expect(localDayOf(at, -300)).toBe(dayNumberOf("2025-11-28"));
    expect(localDayPosition(new Date("2025-11-29T06:00:00Z"), 0) % 1).toBeCloseTo(0.25);
  });
});

describe("formatDay", () => {
  it("writes a day number short or long in the interface language, whatever the machine's zone", () => {
    const day = dayNumberOf("2025-11-29");
    expect(formatDay(day, "zh-Hant")).toBe("11/29");
    expect(formatDay(day, "en")).toBe("11/29");
    expect(formatDay(day, "zh-Hant", "long")).toBe("2025年11月29日");
    expect(formatDay(day, "en", "long")).toBe("November 29, 2025");
  });
});

describe("formatDateTime", () => {
  it("writes date and time of day in the given zone", () => {
    const at = new Date("2025-11-29T07:05:00Z");
    const en = formatDateTime(at, "en", "Asia/Hong_Kong");
    expect(en).toContain("Nov 29, 2025");
    expect(en).toContain("3:05");
    const zh = formatDateTime(at, "zh-Hant", "Asia/Hong_Kong");
    expect(zh).toContain("2025年11月29日");
    expect(zh).toContain("3:05");
    expect(formatDateTime(at, "en", "UTC")).toContain("7:05");
    expect(formatDateTime(at, "en", "UTC", false)).not.toContain("2025");
    expect(formatDateTime(at, "zh-Hant", "UTC", false)).not.toContain("2025");
  });
});

describe("relativeTime", () => {
  const now = new Date("2025-11-29T12:00:00Z");
  const later = (ms: number) => new Date(now.getTime() + ms);
  const MIN = 60_000;
  const HOUR = 60 * MIN;
  const DAY = 24 * HOUR;

  it("says now for anything within 45 seconds", () => {
    expect(relativeTime(later(20_000), now, "en")).toBe("now");
    expect(relativeTime(later(-20_000), now, "zh-Hant")).toBe("現在");
  });

  it("picks the largest unit that reads naturally, future and past", () => {
    expect(relativeTime(later(10 * MIN), now, "en")).toBe("in 10 minutes");
    expect(relativeTime(later(10 * MIN), now, "zh-Hant")).toBe("10 分鐘後");
    expect(relativeTime(later(50 * MIN), now, "en")).toBe("in 1 hour");
    expect(relativeTime(later(3 * HOUR), now, "zh-Hant")).toBe("3 小時後");
    expect(relativeTime(later(DAY), now, "en")).toBe("tomorrow");
    expect(relativeTime(later(-DAY), now, "zh-Hant")).toBe("昨天");
    expect(relativeTime(later(5 * DAY), now, "en")).toBe("in 5 days");
    expect(relativeTime(later(60 * DAY), now, "en")).toBe("in 2 months");
    expect(relativeTime(later(400 * DAY), now, "en")).toBe("next year");
  });
});

describe("formatDateTimeAtOffset", () => {
  it("writes the student's own time from the offset alone, so server and browser agree", () => {
    // 23:30 UTC on 31 December 2025 is 07:30 on 1 January 2026 in Hong Kong (UTC+8).
    const at = new Date("2025-12-31T23:30:00Z");
    expect(formatDateTimeAtOffset(at, "en", 480)).toBe(formatDateTime(at, "en", "Asia/Hong_Kong"));
    expect(formatDateTimeAtOffset(at, "en", 480)).toMatch(/Jan 1, 2026.*7:30/);
    expect(formatDateTimeAtOffset(at, "en", 0)).toMatch(/Dec 31, 2025.*11:30/);
    expect(yearAtOffset(at, 480)).toBe(2026);
    expect(yearAtOffset(at, -300)).toBe(2025);
  });
});
