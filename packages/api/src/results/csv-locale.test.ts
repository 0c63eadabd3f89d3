import { describe, expect, it } from "vitest";
import { csvDateTime, zoneLabel, ZTzOffset } from "./csv-locale";

describe("times in exports", () => {
  it("writes a moment at the teacher's offset, in a form spreadsheets read as a date and time", () => {
    const at = new Date("2026-12-31T23:30:05Z");
    expect(csvDateTime(at, 480)).toBe("2027-01-01 07:30:05");
    expect(csvDateTime(at, 0)).toBe("2026-12-31 23:30:05");
    expect(csvDateTime(at, -330)).toBe("2026-12-31 18:00:05");
    expect(csvDateTime(null, 480)).toBeNull();
  });

  it("names the offset in the column header", () => {
    expect(zoneLabel(480)).toBe("UTC+08:00");
    expect(zoneLabel(0)).toBe("UTC+00:00");
    expect(zoneLabel(-330)).toBe("UTC-05:30");
  });

  it("accepts only real offsets", () => {
    expect(ZTzOffset.safeParse(840).success).toBe(true);
    expect(ZTzOffset.safeParse(-720).success).toBe(true);
    expect(ZTzOffset.safeParse(-800).success).toBe(false);
    expect(ZTzOffset.safeParse(12.5).success).toBe(false);
  });
});
