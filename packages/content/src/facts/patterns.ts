/*
 * The shapes dates and figures take in this article, tuned to its text. Each pattern yields the text as
 * written and a `core` that an item must mention to test it (suffixes like 初/底/份 dropped).
 * Order matters: at each position the first pattern that matches wins, so longer shapes come first.
 */

export type TFactKind = "date" | "figure";
export type TFactPattern = { name: string; kind: TFactKind; regex: RegExp; core: (text: string) => string };

const NUMERALS = "一二三四五六七八九十兩百千";
const same = (text: string) => text;

export const FACT_PATTERNS: TFactPattern[] = [
  { name: "month-day", kind: "date", regex: /\d{1,2}月\d{1,2}日/, core: same },
  {
    name: "year",
    kind: "date",
    regex: /(?:19|20)\d{2}(?=至|年)(?:年代初|年代|年底|年初|年)?/,
    core: (t) => t.slice(0, 4),
  },
  { name: "decade", kind: "date", regex: /\d0年代/, core: same },
  { name: "century", kind: "date", regex: /\d{1,2}世紀/, core: same },
  {
    name: "month",
    kind: "date",
    regex: /\d{1,2}月(?:份|初|中|底)?/,
    core: (t) => t.replace(/[份初中底]$/, ""),
  },
  { name: "percent", kind: "figure", regex: /\d+(?:\.\d+)?%/, core: same },
  {
    name: "amount",
    kind: "figure",
    regex: /\d[\d,]*(?:\.\d+)?(?:萬億|億|萬)(?:元人民幣|美元)?/,
    core: (t) => t.replace(/,/g, "").replace(/(?:元人民幣|美元)$/, ""),
  },
  { name: "times", kind: "figure", regex: /\d+(?:\.\d+)?倍/, core: same },
  { name: "rank", kind: "figure", regex: /\d+強/, core: same },
  { name: "tenths", kind: "figure", regex: new RegExp(`[${NUMERALS}]+成`), core: same },
  { name: "ordinal", kind: "figure", regex: new RegExp(`第[${NUMERALS}\\d]+(?:次|屆|季度)`), core: same },
  { name: "plan", kind: "figure", regex: /十四五/, core: same },
  {
    name: "count",
    kind: "figure",
    regex: new RegExp(`[${NUMERALS}]+多?(?:年|項|點|位數|把)`),
    core: same,
  },
];

/** All patterns as one sticky-free global regex, alternatives in priority order. */
export const ANY_FACT = new RegExp(
  FACT_PATTERNS.map((pattern) => `(${pattern.regex.source})`).join("|"),
  "g",
);
