import { fillCloze } from "../answer-text";
import { fillBlanks } from "../item-types/cloze-text";
import { appendixRows, getParagraph } from "../article";
import { stripWhitespace } from "../article/whitespace";
import { parseQuantity, sameQuantity } from "../check/numbers";
import { normaliseText } from "../check/text";
import { toHalfWidth } from "../check/width";
import { itemSources } from "../reveal";
import type { TDateValue, TItem } from "../schema";
import { evaluateCalculation, type TCalculation } from "./calculation";

/*
 * Checks that keep the bank true to the article. Each returns a problem in words, or null. They are run
 * by the tests (and the coverage report), not at import: a false quote is an editorial error, not a crash.
 */

/** Quotes and paragraphs are compared without whitespace, half-width, without thousands separators. */
export function comparable(text: string): string {
  return toHalfWidth(stripWhitespace(text)).replace(/(\d),(?=\d{3})/g, "$1");
}

/**
 * Every source's quote must be in its paragraph, word for word: the paragraph as the reader shows it
 * (PDF line breaks joined, one space kept between Latin words: "Endogenous Growth"), punctuation,
 * width, separators and the article's own typos included.
 */
export function quoteProblem(item: TItem): string | null {
  for (const { paragraphId, quote } of itemSources(item)) {
    const paragraph = getParagraph(paragraphId);
    if (paragraph === undefined) return `paragraph ${paragraphId} does not exist`;
    if (!paragraph.text.includes(quote)) {
      const near = comparable(paragraph.text).includes(comparable(quote));
      return `quote "${quote}" is not ${near ? "verbatim (spacing, width or separators differ)" : "in"} ${paragraphId}`;
    }
  }
  return null;
}

const NUMBER_TOKENS =
  /[-+]?\d[\d,]*(?:\.\d+)?(?:萬億|億|萬|千|百)?(?:%|成|倍)?|[〇零一二兩三四五六七八九十百千萬億]+(?:成半?)?/g;

function numericKeyInText(item: Extract<TItem, { type: "numeric" }>, text: string): boolean {
  const exact = { answer: item.answer, unit: item.unit, tolerance: 0 };
  return [...comparable(text).matchAll(NUMBER_TOKENS)].some((token) => sameQuantity(token[0], exact));
}

/** Whether each part of a date key is written in the text. 今年 is 2020 and 去年 2019 (the article is of 2020). */
function datePartsMissing(key: TDateValue, text: string, tableMonth: number | undefined): string[] {
  const t = comparable(text);
  const missing: string[] = [];
  if (key.year !== undefined) {
    const decade = key.year % 10 === 0 && t.includes(`${key.year % 100}年代`);
    const relative = (key.year === 2020 && t.includes("今年")) || (key.year === 2019 && t.includes("去年"));
    if (!t.includes(String(key.year)) && !decade && !relative) missing.push(`year ${key.year}`);
  }
  if (key.month !== undefined && !new RegExp(`(?<!\\d)${key.month}月`).test(t) && tableMonth !== key.month) {
    missing.push(`month ${key.month}`);
  }
  if (key.day !== undefined && !new RegExp(`(?<!\\d)${key.day}日`).test(t)) missing.push(`day ${key.day}`);
  return missing;
}

/**
 * Constants a calculation may use without quoting them: 100 turns a share into a percentage, 1 counts
 * years inclusively (the six years up to 2019 start in 2019 − 6 + 1).
 */
const CALCULATION_CONSTANTS = [1, 100];

/** The numbers a quote writes, as written and with magnitudes expanded ("41萬億" gives 41 and 4.1e13). */
function quotedNumbers(text: string): number[] {
  return [...comparable(text).matchAll(NUMBER_TOKENS)].flatMap(([token]) => {
    const bare = token.replace(/(?:萬億|億|萬|千)?(?:%|成半?|倍)?$/, "");
    return [parseQuantity(token)?.value, parseQuantity(bare)?.value].filter((n) => n !== undefined);
  });
}

/**
 * A calculated numeric key: every number of its expression is written in one of the item's quotes,
 * and the expression gives the key within the item's tolerance (so the tolerance covers the rounding).
 */
export function calculationProblem(item: Extract<TItem, { type: "numeric" }>): string | null {
  if (item.calculation === undefined) return null;
  let result: TCalculation;
  try {
    result = evaluateCalculation(item.calculation);
  } catch (error) {
    return String(error instanceof Error ? error.message : error);
  }
  const quoted = itemSources(item).flatMap((source) => quotedNumbers(source.quote));
  const unquoted = result.numbers.filter(
    (n) => !CALCULATION_CONSTANTS.includes(n) && !quoted.some((q) => Math.abs(q - n) < 1e-9),
  );
  if (unquoted.length > 0) return `calculation uses ${unquoted.join(", ")}, not written in the quotes`;
  if (Math.abs(result.value - item.answer) > item.tolerance + 1e-9)
    return `calculation ${item.calculation} = ${result.value}, not ${item.answer} ± ${item.tolerance}`;
  // The key shown after answering is the exact result rounded to as many decimals as the key has.
  const decimals = String(item.answer).split(".")[1]?.length ?? 0;
  if (Number(result.value.toFixed(decimals)) !== item.answer)
    return `key ${item.answer} is not ${item.calculation} = ${result.value} rounded to ${decimals} decimals`;
  return null;
}

/**
 * A numeric or date key must be written in its quote (for a table row, its month cell counts too); a
 * calculated numeric key must follow from numbers written in its quotes (see calculationProblem).
 */
export function keyInQuoteProblem(item: TItem): string | null {
  if (item.type === "numeric" && item.calculation !== undefined) return calculationProblem(item);
  if (item.type === "numeric") {
    return numericKeyInText(item, item.source.quote)
      ? null
      : `key ${item.answer} ${item.unit} is not in the quote "${item.source.quote}"`;
  }
  if (item.type === "date") {
    const row = appendixRows.find((r) => r.id === item.source.paragraphId);
    const missing = datePartsMissing(item.answer, item.source.quote, row?.month);
    return missing.length === 0 ? null : `${missing.join(", ")} not in the quote "${item.source.quote}"`;
  }
  return null;
}

/** A cloze filled with the first accepted answers must be the article's own words. */
export function clozeProblem(item: TItem): string | null {
  if (item.type !== "cloze") return null;
  const paragraph = getParagraph(item.source.paragraphId);
  const filled = fillCloze(item.text, item.answer);
  return paragraph !== undefined && comparable(paragraph.text).includes(comparable(filled))
    ? null
    : `filled cloze "${filled}" is not in ${item.source.paragraphId}`;
}

const PUNCTUATION = /[\p{P}\p{S}\s]/gu;

/** Two items with the same signature ask the same question. The stem counts where prompts are generic. */
export function promptSignature(item: TItem): string {
  const norm = (text: string) => normaliseText(text).replace(PUNCTUATION, "");
  const sorted = (texts: string[]) => texts.map(norm).sort().join("|");
  let stem = "";
  if (item.type === "cloze") stem = norm(item.text);
  if (item.type === "ordering") stem = sorted(item.events.map((event) => event.text.zh));
  if (item.type === "matching") stem = sorted(item.left.map((option) => option.text.zh));
  return `${norm(item.prompt.zh)}#${stem}`;
}

const trailingNumber = (id: string) => /\d+$/.exec(id)?.[0];

/**
 * Ids are shown to the browser; they must not spell the key. Ordering ids that sort into the answer
 * (e1, e2, e3) or matching ids that pair by number (a1 -> b1) give it away.
 */
export function idLeakProblem(item: TItem): string | null {
  if (item.type === "ordering") {
    const natural = [...item.answer].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    return natural.every((id, index) => id === item.answer[index])
      ? `event ids sort into the answer order (${item.answer.join(", ")}); use ids that do not`
      : null;
  }
  if (item.type === "matching") {
    const pairs = Object.entries(item.answer);
    const paired = pairs.every(
      ([l, r]) => l === r || (trailingNumber(l) !== undefined && trailingNumber(l) === trailingNumber(r)),
    );
    return pairs.length > 1 && paired
      ? "left and right ids pair up by their names; use ids that do not"
      : null;
  }
  return null;
}

/** A cloze whose text already shows a blank's answer elsewhere gives it away. */
export function clozeGiveawayProblem(item: TItem): string | null {
  if (item.type !== "cloze") return null;
  const text = comparable(fillBlanks(item.text, () => "＿"));
  const shown = Object.values(item.answer)
    .map((accepted) => accepted[0] ?? "")
    .filter((answer) => answer.length >= 2 && text.includes(comparable(answer)));
  return shown.length > 0 ? `the cloze text already contains its answer: ${shown.join(", ")}` : null;
}

/** Where the keys sit among the choices, as written in the bank (the public view does not reorder choices). */
export type TKeyPositions = {
  /** single: how many keys sit at each position (0 = first choice). */
  single: number[];
  singleCount: number;
  /** multi: how many keys sit at each position, over all multi items. */
  multi: number[];
  multiCount: number;
  /** multi items whose key is exactly the first k choices. */
  multiPrefix: number;
};

export function keyPositions(items: readonly TItem[]): TKeyPositions {
  const result: TKeyPositions = { single: [], singleCount: 0, multi: [], multiCount: 0, multiPrefix: 0 };
  const bump = (counts: number[], index: number) => {
    while (counts.length <= index) counts.push(0);
    counts[index] = (counts[index] ?? 0) + 1;
  };
  for (const item of items) {
    if (item.type === "single") {
      result.singleCount += 1;
      bump(
        result.single,
        item.choices.findIndex((choice) => choice.id === item.answer),
      );
    }
    if (item.type === "multi") {
      result.multiCount += 1;
      const positions = item.choices.flatMap((choice, index) =>
        item.answer.includes(choice.id) ? [index] : [],
      );
      for (const position of positions) bump(result.multi, position);
      if (positions.every((position, index) => position === index)) result.multiPrefix += 1;
    }
  }
  for (const counts of [result.single, result.multi]) {
    for (let i = 0; i < counts.length; i++) counts[i] ??= 0;
  }
  return result;
}

/** No position may hold more than this share of single-choice keys. */
export const MAX_SINGLE_KEY_SHARE = 0.35;
/** At most this share of multi items may have the first k choices as their key. */
export const MAX_MULTI_PREFIX_SHARE = 0.2;
/** No position may hold more than this share of all multi keys (random order gives about 0.25). */
export const MAX_MULTI_KEY_SHARE = 0.35;

/** Why the key positions of a set of items are unbalanced, or null. Applied per pool and overall. */
export function keyBalanceProblems(items: readonly TItem[]): string[] {
  const { single, singleCount, multi, multiCount, multiPrefix } = keyPositions(items);
  const problems: string[] = [];
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  single.forEach((count, position) => {
    if (share(count, singleCount) > MAX_SINGLE_KEY_SHARE)
      problems.push(`single: ${count} of ${singleCount} keys at choice ${position + 1}`);
  });
  const multiKeys = multi.reduce((sum, count) => sum + count, 0);
  multi.forEach((count, position) => {
    if (share(count, multiKeys) > MAX_MULTI_KEY_SHARE)
      problems.push(`multi: ${count} of ${multiKeys} keys at choice ${position + 1}`);
  });
  if (share(multiPrefix, multiCount) > MAX_MULTI_PREFIX_SHARE)
    problems.push(`multi: ${multiPrefix} of ${multiCount} keys are the first choices in order`);
  return problems;
}

const bigrams = (text: string) => {
  const chars = [...text];
  return new Set(chars.slice(1).map((char, index) => `${chars[index] ?? ""}${char}`));
};

/**
 * Share of the shorter text's character pairs that the other text has too (overlap coefficient): 1 for
 * the same text, and for a question with only an instruction added ("（請輸入數字）").
 */
export function similarity(a: string, b: string): number {
  const [x, y] = [bigrams(a), bigrams(b)];
  const shared = [...x].filter((pair) => y.has(pair)).length;
  const smaller = Math.min(x.size, y.size);
  return smaller === 0 ? 1 : shared / smaller;
}

/** At or above this similarity of question (prompt and stem), an item of the same type counts as a copy. */
export const COPY_SIMILARITY = 0.85;

/**
 * Assessment items must not be practice items reworded: same type, and a question (promptSignature)
 * nearly the same. A different question on the same fact is fine. Returns "assessment = practice" pairs.
 */
export function copiedAcrossPools(items: readonly TItem[]): string[] {
  const practice = items.filter((item) => item.pool === "practice");
  return items
    .filter((item) => item.pool === "assessment")
    .flatMap((item) => {
      const signature = promptSignature(item);
      const copy = practice.find(
        (other) =>
          other.type === item.type && similarity(signature, promptSignature(other)) >= COPY_SIMILARITY,
      );
      return copy === undefined ? [] : [`${item.id} = ${copy.id}`];
    });
}
