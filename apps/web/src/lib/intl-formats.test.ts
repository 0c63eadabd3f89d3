import { describe, expect, it } from "vitest";
import { dateTimeFormat, formatPercent, numberFormat } from "./intl-formats";

describe("Intl formatters", () => {
  it("are made once per locale and options", () => {
    const a = numberFormat("zh-Hant", { style: "percent" });
    expect(numberFormat("zh-Hant", { style: "percent" })).toBe(a);
    expect(numberFormat("en", { style: "percent" })).not.toBe(a);
    expect(numberFormat("zh-Hant", { style: "percent", maximumFractionDigits: 1 })).not.toBe(a);
  });

  it("format as Intl does", () => {
    expect(numberFormat("en", { style: "percent" }).format(0.25)).toBe("25%");
    const day = dateTimeFormat("en", { month: "long", day: "numeric", timeZone: "UTC" });
    expect(day.format(new Date(Date.UTC(2020, 4, 14)))).toBe("May 14");
  });
});

describe("formatPercent", () => {
  it("writes whole percents", () => {
    expect(formatPercent(0.6, "zh-Hant")).toBe("60%");
    expect(formatPercent(0.666, "en")).toBe("67%");
    expect(formatPercent(1, "en")).toBe("100%");
  });
});
