import { localized as say } from "./localized";
import type { TDateValue, TItem } from "./schema";

export type TLang = "zh" | "en";

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Thousands separated as the article writes them (3,040億美元); years as it writes them (2014年, not 2,014年). */
function formatNumber(value: number, unit: string): string {
  if (unit === "年") return String(value);
  return value.toLocaleString("en-US", { maximumFractionDigits: 10 });
}

export function formatDate(date: TDateValue, lang: TLang): string {
  if (lang === "zh") {
    return `${date.year === undefined ? "" : `${date.year}年`}${date.month === undefined ? "" : `${date.month}月`}${date.day === undefined ? "" : `${date.day}日`}`;
  }
  const month = date.month === undefined ? undefined : MONTHS_EN[date.month - 1];
  return [date.day, month, date.year].filter((part) => part !== undefined).join(" ");
}

/** Fills each blank with its first accepted answer: the article's own sentence. */
export function fillCloze(text: string, answer: Record<string, string[]>): string {
  return text.replace(/\{\{(\d+)\}\}/g, (blank, id: string) => answer[id]?.[0] ?? blank);
}

/** The key in words, as shown after an answer is final and in the exported bank. */
export function answerText(item: TItem, lang: TLang): string {
  const list = (texts: string[]) => texts.join(lang === "zh" ? "、" : "; ");
  switch (item.type) {
    case "single":
      return list(item.choices.filter((choice) => choice.id === item.answer).map((c) => say(c.text, lang)));
    case "multi":
      return list(
        item.choices.filter((choice) => item.answer.includes(choice.id)).map((c) => say(c.text, lang)),
      );
    case "truefalse":
      return lang === "zh" ? (item.answer ? "正確" : "錯誤") : item.answer ? "True" : "False";
    case "numeric":
      return `${formatNumber(item.answer, item.unit)}${item.unit}`;
    case "date":
      return formatDate(item.answer, lang);
    case "ordering": {
      const text = new Map(item.events.map((event) => [event.id, say(event.text, lang)]));
      return item.answer.map((id) => text.get(id) ?? id).join(" → ");
    }
    case "matching": {
      const left = new Map(item.left.map((option) => [option.id, say(option.text, lang)]));
      const right = new Map(item.right.map((option) => [option.id, say(option.text, lang)]));
      const pairs = Object.entries(item.answer).map(([l, r]) => `${left.get(l) ?? l} → ${right.get(r) ?? r}`);
      return pairs.join(lang === "zh" ? "；" : "; ");
    }
    case "cloze":
      return fillCloze(item.text, item.answer);
  }
}
