/*
 * Chinese numerals as people type them in answers: 六 (成), 十五 (年), 四十, 一百二十, 十四億, 四萬億,
 * 二〇〇一 (a year read digit by digit), 三點五. Returns null for anything else.
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  兩: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MAGNITUDES: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = "〇零一二兩两三四五六七八九十百千萬万億亿";

export function parseChineseNumeral(text: string): number | null {
  const [whole = "", fraction, ...rest] = text.split(/[點点]/);
  if (rest.length > 0 || whole === "") return null;
  // Four bare digits are a year read digit by digit (二〇〇一); otherwise digits need places (十, 百...).
  const integer = /^[〇零一二三四五六七八九]{4}$/.test(whole)
    ? Number([...whole].map((c) => DIGITS[c]).join(""))
    : parsePlaceValue(whole);
  if (integer === null) return null;
  if (fraction === undefined) return integer;
  if (!/^[〇零一二三四五六七八九]+$/.test(fraction)) return null;
  return Number(`${integer}.${[...fraction].map((c) => DIGITS[c]).join("")}`);
}

/** 一百二十 = 120, 十五 = 15, 四萬億 = 4e12: digits times places, sections times 萬/億. */
function parsePlaceValue(text: string): number | null {
  let total = 0; // finished 萬/億 sections
  let section = 0; // the part below the next 萬/億
  let digit: number | null = null;
  let lastPlace = Infinity;
  let lastMagnitude = Infinity;
  for (const char of text) {
    const d = DIGITS[char];
    const place = PLACES[char];
    const magnitude = MAGNITUDES[char];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // "五六" is not a number here
      digit = d;
    } else if (place !== undefined) {
      if (place >= lastPlace) return null; // 十百 is not a number
      if (digit === 0) return null;
      section += (digit ?? (place === 10 ? 1 : NaN)) * place;
      if (Number.isNaN(section)) return null;
      lastPlace = place;
      digit = null;
    } else if (magnitude !== undefined) {
      const value = section + (digit ?? 0);
      if (value === 0 && total === 0) return null;
      // 一億二千萬: a smaller magnitude scales only its own section; 四萬億: a larger one scales everything.
      total = magnitude < lastMagnitude ? total + value * magnitude : (total + value) * magnitude;
      lastMagnitude = magnitude;
      section = 0;
      digit = null;
      lastPlace = Infinity;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
