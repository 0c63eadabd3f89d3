import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { askedParts, parseDatePart, scoreDate } from "../src/check/dates";

const toFullWidth = (text: string) =>
  text.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const chineseDigits = (n: number) => [...String(n)].map((d) => "〇一二三四五六七八九"[Number(d)]).join("");

describe("parseDatePart", () => {
  it.each([
    ["year", "2001", 2001],
    ["year", "2001年", 2001],
    ["year", "２００１", 2001],
    ["year", "二〇〇一年", 2001],
    ["month", "5", 5],
    ["month", "05", 5],
    ["month", "5月", 5],
    ["month", "五月", 5],
    ["month", "十二月", 12],
    ["month", "May", 5],
    ["month", "sept", 9],
    ["month", "September", 9],
    ["day", "14", 14],
    ["day", "14日", 14],
    ["day", "十四號", 14],
    ["day", "21st", 21],
  ] as const)("%s %j = %d", (part, input, value) => {
    expect(parseDatePart(part, input)).toBe(value);
  });

  it.each([
    ["month", "13"],
    ["month", "ma"],
    ["day", "32"],
    ["day", "0"],
    ["year", "20"],
    ["year", "公元"],
    ["month", ""],
  ] as const)("rejects %s %j", (part, input) => {
    expect(parseDatePart(part, input)).toBeNull();
  });

  it("reads years in digits, full width and Chinese digits, with or without 年 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom("", "年", " "), (year, suffix) => {
        for (const written of [String(year), toFullWidth(String(year)), chineseDigits(year)]) {
          expect(parseDatePart("year", ` ${written}${suffix}`)).toBe(year);
        }
      }),
    );
  });

  it("reads every month and day in digits or with 月/日 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (month, day) => {
        expect(parseDatePart("month", `${month}月`)).toBe(month);
        expect(parseDatePart("month", String(month).padStart(2, "0"))).toBe(month);
        expect(parseDatePart("day", `${day}日`)).toBe(day);
      }),
    );
  });
});

describe("scoreDate", () => {
  const full = { year: 2020, month: 7, day: 21 };

  it("asks exactly the parts the key has", () => {
    expect(askedParts(full)).toEqual(["year", "month", "day"]);
    expect(askedParts({ month: 5, day: 14 })).toEqual(["month", "day"]);
    expect(askedParts({ year: 2001 })).toEqual(["year"]);
  });

  it("gives full credit when all asked parts are right", () => {
    expect(scoreDate(full, { year: "2020", month: "7月", day: "21" })).toBe(1);
    expect(scoreDate({ year: 2001 }, { year: "2001年" })).toBe(1);
    expect(scoreDate({ month: 5, day: 14 }, { month: "5", day: "14" })).toBe(1);
  });

  it("gives half credit for the right year with a wrong month or day, when the key has year and month", () => {
    expect(scoreDate(full, { year: "2020", month: "8", day: "21" })).toBe(0.5);
    expect(scoreDate(full, { year: "2020", month: "7", day: "20" })).toBe(0.5);
    expect(scoreDate({ year: 2006, month: 12 }, { year: "2006", month: "11" })).toBe(0.5);
  });

  it("gives nothing otherwise", () => {
    expect(scoreDate(full, { year: "2019", month: "7", day: "21" })).toBe(0);
    expect(scoreDate({ year: 2001 }, { year: "2008" })).toBe(0);
    expect(scoreDate({ month: 5, day: 14 }, { month: "5", day: "15" })).toBe(0);
    expect(scoreDate(full, { year: "", month: "", day: "" })).toBe(0);
    expect(scoreDate({ year: 2001 }, {})).toBe(0);
  });

  it("is 1 only for the right date and never more (property)", () => {
    fc.assert(
      fc.property(
        fc.record({ year: fc.integer({ min: 1990, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) }),
        fc.record({ year: fc.integer({ min: 1990, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) }),
        (key, typed) => {
          const score = scoreDate(key, { year: String(typed.year), month: String(typed.month) });
          if (typed.year === key.year && typed.month === key.month) expect(score).toBe(1);
          else if (typed.year === key.year) expect(score).toBe(0.5);
          else expect(score).toBe(0);
        },
      ),
    );
  });
});
