import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseChineseNumeral } from "../src/check/chinese-numerals";
import { parseQuantity, parseUnit, sameQuantity } from "../src/check/numbers";

/** Writes n the way people do: 一百二十, 十五, 四萬零五, 十四億. For generating test inputs. */
function chineseNumeral(n: number): string {
  const digits = "零一二三四五六七八九";
  const below10k = (value: number, leadingTen: boolean): string => {
    const places: [number, string][] = [
      [1000, "千"],
      [100, "百"],
      [10, "十"],
      [1, ""],
    ];
    let out = "";
    let zero = false;
    for (const [place, name] of places) {
      const d = Math.floor(value / place) % 10;
      if (d === 0) {
        zero = out !== "";
        continue;
      }
      if (zero) out += "零";
      zero = false;
      out += place === 10 && d === 1 && out === "" && leadingTen ? name : `${digits[d]}${name}`;
    }
    return out;
  };
  if (n === 0) return "零";
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  let out = "";
  if (yi > 0) out += `${below10k(yi, true)}億`;
  if (wan > 0) out += `${yi > 0 && wan < 1000 ? "零" : ""}${below10k(wan, out === "")}萬`;
  if (rest > 0) out += `${out !== "" && rest < 1000 ? "零" : ""}${below10k(rest, out === "")}`;
  return out;
}

const withSeparators = (n: number) => n.toLocaleString("en-US");
const toFullWidth = (text: string) =>
  text.replace(/[0-9,.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("parseChineseNumeral", () => {
  it.each([
    ["六", 6],
    ["十", 10],
    ["十五", 15],
    ["四十", 40],
    ["一百二十", 120],
    ["一百零五", 105],
    ["十四億", 14e8],
    ["四萬億", 4e12],
    ["一億二千萬", 1.2e8],
    ["二〇〇一", 2001],
    ["三點五", 3.5],
    ["兩", 2],
  ])("%s = %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(["", "五六", "十百", "點五", "億", "abc"])("rejects %j", (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it("reads every number it is written as (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
      }),
    );
  });
});

describe("parseQuantity", () => {
  it.each([
    ["3,040億美元", 3.04e11, "美元"],
    ["３，０４０億美元", 3.04e11, "美元"],
    ["0.304萬億美元", 3.04e11, "美元"],
    ["41萬億元人民幣", 41e12, "元人民幣"],
    ["41万亿元人民币", 41e12, "元人民幣"],
    [" 67 % ", 67, "%"],
    ["67％", 67, "%"],
    ["六成", 60, "%"],
    ["七成半", 75, "%"],
    ["百分之六十", 60, "%"],
    ["約4億", 4e8, ""],
    ["超過90%", 90, "%"],
    ["1.4倍以上", 1.4, "倍"],
    ["十五年", 15, "年"],
    ["-0.7%", -0.7, "%"],
    ["負0.7%", -0.7, "%"],
  ])("%j", (input, value, unit) => {
    const quantity = parseQuantity(input);
    expect(quantity?.value).toBeCloseTo(value, 6);
    expect(quantity?.unit).toBe(unit);
  });

  it.each(["", "abc", "11.6%和22.3%", "1,2,3", "約", "%"])("rejects %j", (input) => {
    expect(parseQuantity(input)).toBeNull();
  });

  it("reads integers with or without thousands separators, in either width, with spaces around (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999_999 }),
        fc.boolean(),
        fc.boolean(),
        (n, separate, fullWidth) => {
          let text = separate ? withSeparators(n) : String(n);
          if (fullWidth) text = toFullWidth(text);
          expect(parseQuantity(`  ${text} `)).toEqual({ value: n, scaled: false, unit: "" });
        },
      ),
    );
  });

  it("expands 萬, 億 and 萬億 (property)", () => {
    const magnitudes: [string, number][] = [
      ["萬", 1e4],
      ["億", 1e8],
      ["萬億", 1e12],
      ["万", 1e4],
      ["亿", 1e8],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.constantFrom(...magnitudes),
        (n, [word, factor]) => {
          const quantity = parseQuantity(`${withSeparators(n)}${word}`);
          expect(quantity?.value).toBe(n * factor);
          expect(quantity?.scaled).toBe(true);
        },
      ),
    );
  });

  it("reads decimals and percentages (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (tenths) => {
        const text = (tenths / 10).toFixed(1);
        expect(parseQuantity(`${text}%`)).toEqual({ value: tenths / 10, scaled: true, unit: "%" });
      }),
    );
  });

  it("reads N成 as N × 10% (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.boolean(), (n, chinese) => {
        const numeral = chinese ? chineseNumeral(n) : String(n);
        expect(parseQuantity(`${numeral}成`)?.value).toBe(n * 10);
        expect(parseQuantity(`${numeral}成`)?.unit).toBe("%");
      }),
    );
  });
});

describe("parseUnit", () => {
  it("splits a magnitude from what is counted", () => {
    expect(parseUnit("億美元")).toEqual({ factor: 1e8, base: "美元" });
    expect(parseUnit("萬億元人民幣")).toEqual({ factor: 1e12, base: "元人民幣" });
    expect(parseUnit("%")).toEqual({ factor: 1, base: "%" });
    expect(parseUnit("成")).toEqual({ factor: 10, base: "%" });
    expect(parseUnit("")).toEqual({ factor: 1, base: "" });
  });
});

describe("sameQuantity", () => {
  const chips = { answer: 3040, unit: "億美元", tolerance: 0 };
  it.each([
    "3040",
    "3,040",
    "3,040億美元",
    "3040億",
    "0.304萬億美元",
    "３０４０",
    "304,000,000,000",
    "3040億美金",
    " 3040 億 美元 ",
  ])("accepts %j for 3,040億美元", (input) => expect(sameQuantity(input, chips)).toBe(true));
  it.each(["3041", "3040萬", "3040美元", "3040億人民幣", "304", "30.4", "", "三千"])(
    "rejects %j for 3,040億美元",
    (input) => expect(sameQuantity(input, chips)).toBe(false),
  );

  it("accepts 六成, 60%, 60 and 百分之六十 for 60 %, and not 0.6 or 70%", () => {
    const share = { answer: 60, unit: "%", tolerance: 0 };
    for (const input of ["六成", "60%", "60", "百分之六十", "6成", "約六成"])
      expect(sameQuantity(input, share), input).toBe(true);
    for (const input of ["0.6", "70%", "五成", "60億"]) expect(sameQuantity(input, share), input).toBe(false);
  });

  it("applies the tolerance in the item's unit", () => {
    const growth = { answer: 11.6, unit: "%", tolerance: 0.05 };
    expect(sameQuantity("11.6%", growth)).toBe(true);
    expect(sameQuantity("11.64", growth)).toBe(true);
    expect(sameQuantity("11.7", growth)).toBe(false);
  });

  it("reads percentage points, and does not take a percentage for them", () => {
    const fall = { answer: 35.1, unit: "個百分點", tolerance: 0.1 };
    for (const written of [
      "35.1",
      "35.1個百分點",
      "35.1百分點",
      "35.1 个百分点",
      "35 percentage points",
      "35",
    ]) {
      expect(sameQuantity(written, fall), written).toBe(true);
    }
    expect(sameQuantity("35.1%", fall)).toBe(false);
    expect(sameQuantity("3510", fall)).toBe(false);
  });

  it("ignores a counting word where the key has none, but not a different measure", () => {
    const people = { answer: 14, unit: "億", tolerance: 0 };
    expect(sameQuantity("14億人", people)).toBe(true);
    expect(sameQuantity("十四億", people)).toBe(true);
    expect(sameQuantity("14億美元", people)).toBe(false);
  });

  it("never credits a value other than the key (property)", () => {
    const units = ["%", "億美元", "萬億元人民幣", "倍", "年", "億"];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom(...units),
        (keyTenths, typedTenths, unit) => {
          const key = { answer: keyTenths / 10, unit, tolerance: 0 };
          const factor = parseUnit(unit).factor;
          const typed = typedTenths / 10;
          const credited = sameQuantity(String(typed), key);
          // A bare number is right in the item's unit or as the absolute amount; nothing else.
          const right = typed === key.answer || Math.abs(typed - key.answer * factor) < 1e-9;
          expect(credited).toBe(right);
          expect(sameQuantity(`${typed}${unit}`, key)).toBe(typed === key.answer);
        },
      ),
    );
  });
});

describe("ordinals", () => {
  const meeting = { answer: 8, unit: "次", tolerance: 0 };
  it.each(["第八次", "第8次", "第 8 次", "8", "八", "第八"])("accepts %s for the 8th meeting", (input) => {
    expect(sameQuantity(input, meeting)).toBe(true);
  });
  it.each(["第十五次", "第9次", "第8.5次", "第八萬次"])("rejects %s", (input) => {
    expect(sameQuantity(input, meeting)).toBe(false);
  });
  it("never reads an ordinal as a percentage or an amount", () => {
    expect(sameQuantity("第67", { answer: 67, unit: "%", tolerance: 0 })).toBe(false);
    expect(sameQuantity("第3040", { answer: 3040, unit: "億美元", tolerance: 0 })).toBe(false);
  });
});
