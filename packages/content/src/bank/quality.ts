import { fillCloze } from "../answer-text";
import { appendixRows, getParagraph } from "../article";
import { stripWhitespace } from "../article/whitespace";
import { sameQuantity } from "../check/numbers";
import { normaliseText } from "../check/text";
import { toHalfWidth } from "../check/width";
import { itemSources } from "../reveal";
import type { TDateValue, TItem } from "../schema";

/*
 * Checks that keep the bank true to the article. Each returns a problem in words, or null. They are run
 * by the tests (and the coverage report), not at import: a false quote is an editorial error, not a crash.
 */

/** Quotes and paragraphs are compared without whitespace, half-width, without thousands separators. */
export function comparable(text: string): string {
  return toHalfWidth(stripWhitespace(text)).replace(/(\d),(?=\d{3})/g, "$1");
}

/** Every source's quote must be in its paragraph, word for word. */
export function quoteProblem(item: TItem): string | null {
  for (const { paragraphId, quote } of itemSources(item)) {
    const paragraph = getParagraph(paragraphId);
    if (paragraph === undefined) return `paragraph ${paragraphId} does not exist`;
    if (!comparable(paragraph.text).includes(comparable(quote)))
      return `quote "${quote}" is not in ${paragraphId}`;
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

/** A numeric or date key must be written in its quote (for a table row, its month cell counts too). */
export function keyInQuoteProblem(item: TItem): string | null {
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
  const text = comparable(item.text.replace(/\{\{\d+\}\}/g, "＿"));
  const shown = Object.values(item.answer)
    .map((accepted) => accepted[0] ?? "")
    .filter((answer) => answer.length >= 2 && text.includes(comparable(answer)));
  return shown.length > 0 ? `the cloze text already contains its answer: ${shown.join(", ")}` : null;
}
