import type { TAppendixRow, TParagraph } from "../article/types";
import { ANY_FACT, FACT_PATTERNS, type TFactKind } from "./patterns";
import { NOT_FACTS } from "./not-facts";

/**
 * A date or figure as it appears in a paragraph (one entry per distinct text per paragraph). A table
 * row's month also names the row's occasion, so that items pairing meetings with months count.
 */
export type TFact = {
  id: string;
  paragraphId: string;
  kind: TFactKind;
  pattern: string;
  text: string;
  core: string;
  occasion?: string;
};

function factsIn(paragraph: TParagraph): TFact[] {
  const facts = new Map<string, TFact>();
  for (const match of paragraph.text.matchAll(ANY_FACT)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const pattern = FACT_PATTERNS[index];
    if (pattern === undefined) continue;
    const text = match[0];
    const id = `${paragraph.id}:${text}`;
    if (!facts.has(id)) {
      facts.set(id, {
        id,
        paragraphId: paragraph.id,
        kind: pattern.kind,
        pattern: pattern.name,
        text,
        core: pattern.core(text),
      });
    }
  }
  return [...facts.values()];
}

/** The appendix's 時間 column is not part of a row's text; each row's month is a date of its own. */
function monthOf(row: TAppendixRow): TFact {
  return {
    id: `${row.id}:${row.monthLabel}`,
    paragraphId: row.id,
    kind: "date",
    pattern: "table-month",
    text: row.monthLabel,
    core: row.monthLabel,
    occasion: row.occasion,
  };
}

const isNotFact = (fact: TFact) =>
  NOT_FACTS.some((entry) => entry.paragraphId === fact.paragraphId && entry.text === fact.text);

/** Every date and figure of the article, in reading order, without the allowlisted non-facts. */
export function findFacts(paragraphs: TParagraph[], rows: TAppendixRow[]): TFact[] {
  const rowById = new Map(rows.map((row) => [row.id, row]));
  return paragraphs
    .flatMap((paragraph) => {
      const row = rowById.get(paragraph.id);
      return [...(row ? [monthOf(row)] : []), ...factsIn(paragraph)];
    })
    .filter((fact) => !isNotFact(fact));
}

/** Raw hits including the allowlisted ones, to check that the allowlist has no stale entries. */
export function findPatternHits(paragraphs: TParagraph[]): TFact[] {
  return paragraphs.flatMap(factsIn);
}
