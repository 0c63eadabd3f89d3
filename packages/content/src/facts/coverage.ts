import { answerText } from "../answer-text";
import { comparable } from "../bank/quality";
import { sameQuantity } from "../check/numbers";
import type { TItem } from "../schema";
import type { TFact } from "./find";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What an item asks and answers (not its quote or distractors): where a tested fact must show. A false
 * true/false statement distorts a fact; its explanation states the fact, so it counts too.
 */
function evidence(item: TItem): string {
  const parts = [item.prompt.zh, item.prompt.en ?? "", answerText(item, "zh"), answerText(item, "en")];
  if (item.type === "truefalse" && !item.answer) parts.push(item.explanation.zh, item.explanation.en ?? "");
  return comparable(parts.join("\n"));
}

/** A row's month is tested by a date item about its occasion, or a matching item pairing the two. */
function testsRowMonth(item: TItem, fact: TFact, occasion: string): boolean {
  const month = Number.parseInt(fact.text, 10);
  if (item.type === "date")
    return item.answer.month === month && comparable(item.prompt.zh).includes(comparable(occasion));
  if (item.type !== "matching") return false;
  const text = new Map(
    [...item.left, ...item.right].map((option) => [option.id, comparable(option.text.zh)]),
  );
  return Object.entries(item.answer).some(([left, right]) => {
    const [a = "", b = ""] = [text.get(left), text.get(right)];
    return (
      (a.includes(comparable(occasion)) && b.includes(fact.text)) ||
      (b.includes(comparable(occasion)) && a.includes(fact.text))
    );
  });
}

const NUMERAL = /[\d一二三四五六七八九十兩]/;

/** The fact's core as a whole number: "4億" is not found inside "14億", "六年" inside "十六年", "200" inside "2001". */
export function mentionsFact(text: string, core: string): boolean {
  const wanted = comparable(core);
  const before = NUMERAL.test(wanted.at(0) ?? "") ? "(?<![\\d.一二三四五六七八九十兩])" : "";
  const after = /\d/.test(wanted.at(-1) ?? "") ? "(?!\\d|\\.\\d)" : "";
  return new RegExp(`${before}${escape(wanted)}${after}`).test(comparable(text));
}

/**
 * An item tests a fact when it cites the fact's paragraph and its prompt or key mentions the fact,
 * or, for a numeric item, its key is the fact's quantity ("六成" for a key of 60 %). Table months may
 * also be tested from another row (see testsRowMonth).
 */
export function itemTestsFact(item: TItem, fact: TFact): boolean {
  if (fact.occasion !== undefined && testsRowMonth(item, fact, fact.occasion)) return true;
  if (item.source.paragraphId !== fact.paragraphId) return false;
  if (mentionsFact(evidence(item), fact.core)) return true;
  return item.type === "numeric" && sameQuantity(fact.text, { ...item, tolerance: 0 });
}

export type TFactCoverage = { fact: TFact; itemIds: string[] };

export function factCoverage(facts: TFact[], items: TItem[]): TFactCoverage[] {
  return facts.map((fact) => ({
    fact,
    itemIds: items.filter((item) => itemTestsFact(item, fact)).map((item) => item.id),
  }));
}
