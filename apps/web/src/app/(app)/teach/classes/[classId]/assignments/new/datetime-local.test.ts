import { describe, expect, it } from "vitest";
import { defaultSchedule, fromDateTimeLocal, toDateTimeLocal } from "./datetime-local";

const HK = "Asia/Hong_Kong";
const NY = "America/New_York";

describe("datetime-local values in the teacher's time zone", () => {
  it("shows an instant as the teacher's wall time, without seconds", () => {
    const at = new Date("2026-03-01T16:05:59Z");
    expect(toDateTimeLocal(at, HK)).toBe("2026-03-02T00:05");
    expect(toDateTimeLocal(at, NY)).toBe("2026-03-01T11:05");
    expect(toDateTimeLocal(at, "UTC")).toBe("2026-03-01T16:05");
  });

  it("reads a wall time back as the instant it means, round trip", () => {
    expect(fromDateTimeLocal("2026-03-02T00:05", HK)).toEqual(new Date("2026-03-01T16:05:00Z"));
    expect(fromDateTimeLocal("2026-07-01T09:30", NY)).toEqual(new Date("2026-07-01T13:30:00Z"));
    expect(fromDateTimeLocal("2026-12-01T09:30", NY)).toEqual(new Date("2026-12-01T14:30:00Z"));
    for (const iso of ["2026-01-15T03:00:00Z", "2026-06-30T23:59:00Z", "2026-11-01T08:15:00Z"]) {
      for (const zone of [HK, NY, "Europe/Berlin", "Australia/Sydney"]) {
        const at = new Date(iso);
        expect(fromDateTimeLocal(toDateTimeLocal(at, zone), zone)).toEqual(at);
      }
    }
  });

  it("moves a time the clocks skip to after the gap, and takes the first of a repeated hour", () => {
    // New York springs forward at 02:00 on 8 March 2026: 02:30 does not exist.
    expect(fromDateTimeLocal("2026-03-08T02:30", NY)).toEqual(new Date("2026-03-08T07:30:00Z"));
    // ...and falls back at 02:00 on 1 November: 01:30 happens twice (EDT first).
    expect(fromDateTimeLocal("2026-11-01T01:30", NY)).toEqual(new Date("2026-11-01T05:30:00Z"));
    // Berlin springs forward at 02:00 on 29 March 2026.
    expect(fromDateTimeLocal("2026-03-29T02:15", "Europe/Berlin")).toEqual(new Date("2026-03-29T01:15:00Z"));
  });

  it("refuses empty, malformed and impossible values", () => {
    for (const value of ["", "2026-03-02", "2026-03-02 08:30", "2026-13-01T08:00", "2026-04-31T08:00", "x"]) {
      expect(fromDateTimeLocal(value, HK)).toBeNull();
    }
    expect(fromDateTimeLocal("2026-02-29T08:00", HK)).toBeNull(); // not a leap year
    expect(fromDateTimeLocal("2028-02-29T08:00", HK)).toEqual(new Date("2028-02-29T00:00:00Z"));
  });

  it("defaults to opening now and being due a week later at 23:59, in the teacher's zone", () => {
    expect(defaultSchedule(new Date("2026-03-01T16:05:30Z"), HK)).toEqual({
      opensAt: "2026-03-02T00:05",
      dueAt: "2026-03-09T23:59",
    });
    expect(defaultSchedule(new Date("2026-03-01T16:05:30Z"), NY)).toEqual({
      opensAt: "2026-03-01T11:05",
      dueAt: "2026-03-08T23:59",
    });
  });
});
