import { toTraditional } from "../chinese/convert";
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./chinese-numerals";
import { toHalfWidth } from "./width";

/**
 * A quantity read from a learner's answer: "3,040億美元", "３０４０", "0.304萬億美元", "67 %", "六成",
 * "百分之六十", "十五年", "約4億". `value` has magnitudes expanded (3,040億 = 3.04e11) and percentages in
 * %, 成 counting as ten per cent. `scaled` says whether a magnitude, %, or 成 was written, i.e. whether
 * the value is absolute or still in the item's unit. `unit` is what follows ("美元", "%", "人", or "").
 */
export type TQuantity = { value: number; scaled: boolean; unit: string; ordinal?: boolean };

/** A key's unit split into its magnitude and what is counted: "億美元" -> 1e8 × 美元, "成" -> 10 × %. */
export type TUnit = { factor: number; base: string };

const MAGNITUDE_VALUES: Record<string, number> = { 百: 100, 千: 1e3, 萬: 1e4, 億: 1e8 };
const HEDGE_PREFIX = /^(?:約為|大約|約|超過|逾|接近|近|高達|達到|達|about|around|approximately|over|~|≈)/;
const HEDGE_SUFFIX = /(?:左右|以上|上下)$/;
const ARABIC = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;
const CHINESE = new RegExp(`^([${CHINESE_NUMERAL_CHARS}]+(?:點[〇零一二三四五六七八九]+)?)`);

/** Half-width, no spaces, Traditional (so 亿 and 万 read as 億 and 萬), lower-case Latin. */
function clean(text: string): string {
  const traditional = toTraditional(
    toHalfWidth(text).replace(/\s+/g, "").replace(/[−–—]/g, "-").toLowerCase(),
  );
  // "百分點" would read as 百 (a hundred) × 分點; it is the unit 個百分點 (percentage points).
  return traditional.replace(/(?<!個)百分點/g, "個百分點");
}

/** Splits a run of 百千萬億 at the start of `text` into its product: "萬億美元" -> [1e12, "美元"]. */
function leadingMagnitude(text: string): [number, string] {
  let factor = 1;
  let index = 0;
  for (const char of text) {
    const value = MAGNITUDE_VALUES[char];
    if (value === undefined) break;
    factor *= value;
    index += char.length;
  }
  return [factor, text.slice(index)];
}

export function parseUnit(unit: string): TUnit {
  const [factor, rest] = leadingMagnitude(clean(unit));
  if (rest === "成") return { factor: factor * 10, base: "%" };
  return { factor, base: rest };
}

export function parseQuantity(input: string): TQuantity | null {
  let text = clean(input).replace(HEDGE_PREFIX, "").replace(HEDGE_SUFFIX, "");
  // "第八次", "第3屆": an ordinal, which answers a count of meetings or editions.
  const ordinal = text.startsWith("第");
  if (ordinal) text = text.slice(1);
  let negative = false;
  if (text.startsWith("負")) {
    negative = true;
    text = text.slice(1);
  }
  let percentPrefix = false;
  if (text.startsWith("百分之")) {
    percentPrefix = true;
    text = text.slice(3);
  }

  let number: number;
  let rest: string;
  let factor = 1;
  let writtenMagnitude = false;
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const [whole, sign, integer = "", fraction = ""] = arabic;
    number = Number(integer.replace(/,/g, "") + fraction);
    if (sign === "-") negative = !negative;
    [factor, rest] = leadingMagnitude(text.slice(whole.length));
    writtenMagnitude = factor !== 1;
  } else {
    const numeral = CHINESE.exec(text)?.[1];
    const parsed = numeral === undefined ? null : parseChineseNumeral(numeral);
    if (numeral === undefined || parsed === null) return null;
    number = parsed;
    rest = text.slice(numeral.length);
    writtenMagnitude = /[萬億]/.test(numeral);
  }

  let scaled = writtenMagnitude;
  let value = number * factor;
  if (percentPrefix) {
    if (rest !== "") return null;
    return { value: negative ? -value : value, scaled: true, unit: "%" };
  }
  if (rest.startsWith("成")) {
    // N成 is N × 10%, N成半 is (N + ½) × 10%.
    const half = rest.startsWith("成半");
    value = (value + (half ? 0.5 : 0)) * 10;
    rest = "%" + rest.slice(half ? 2 : 1);
    scaled = true;
  }
  if (rest.startsWith("%")) scaled = true;
  // Whatever follows is a unit; more numbers there ("和22.3%", "點五") mean it was not one quantity.
  if (
    /[\d.,]/.test(rest) ||
    new RegExp(`^(?:[${CHINESE_NUMERAL_CHARS}]|點[〇零一二三四五六七八九])`).test(rest)
  )
    return null;
  if (!Number.isFinite(value)) return null;
  if (ordinal && (negative || scaled || !Number.isInteger(value))) return null;
  return { value: negative ? -value : value, scaled, unit: rest, ...(ordinal && { ordinal }) };
}

export type TNumericKey = { answer: number; unit: string; tolerance: number };

/** Units a learner may write for the same thing. Keys are in `clean` form (Traditional, lower-case). */
const UNIT_SYNONYMS: Record<string, string> = {
  美金: "美元",
  usd: "美元",
  us$: "美元",
  元: "元人民幣",
  人民幣: "元人民幣",
  人民幣元: "元人民幣",
  rmb: "元人民幣",
  cny: "元人民幣",
  percentagepoints: "個百分點",
  percentagepoint: "個百分點",
  pp: "個百分點",
};
/** Units that measure something different from a bare count: writing one of them where none is asked is wrong. */
const MEASURES = new Set(["%", "個百分點", "美元", "元人民幣", "倍", "港元"]);

function canonicalUnit(unit: string): string {
  const cleaned = clean(unit);
  return UNIT_SYNONYMS[cleaned] ?? cleaned;
}

function unitsAgree(written: string, keyBase: string): boolean {
  if (written === "") return true;
  const a = canonicalUnit(written);
  const b = canonicalUnit(keyBase);
  return a === b || (b === "" && !MEASURES.has(a));
}

/**
 * Whether a typed quantity equals the key within its tolerance. A bare number is read in the item's
 * unit ("3040" for 億美元) or, failing that, as the absolute amount ("304000000000"); either reading
 * is exactly the key's amount, so neither credits a wrong value. "3040美元" is 3,040 dollars: wrong.
 */
export function sameQuantity(input: string, key: TNumericKey): boolean {
  const quantity = parseQuantity(input);
  if (quantity === null) return false;
  const unit = parseUnit(key.unit);
  if (!unitsAgree(quantity.unit, unit.base)) return false;
  if (quantity.ordinal && MEASURES.has(canonicalUnit(unit.base))) return false; // "第67" is no percentage
  const target = key.answer * unit.factor;
  const allowed = key.tolerance * unit.factor + Math.abs(target) * 1e-9;
  // A number written with a magnitude or a unit ("3040美元") says exactly how much it is.
  const absolute = quantity.scaled || quantity.unit !== "";
  const readings = absolute ? [quantity.value] : [quantity.value * unit.factor, quantity.value];
  return readings.some((value) => Math.abs(value - target) <= allowed);
}
