import { getParagraph } from "../article";
import { comparable } from "../bank/quality";
import type { TSource } from "../schema";
import { writtenItemSources } from "./integrity";
import type { TWrittenItem } from "../item-types/written";

/*
 * Checks that keep written items true to the article, run by the tests (like ../bank/quality.ts).
 * Convention: in our Chinese prose, 「…」 marks the article's own words. Every such span (nested ones
 * too) must be found word for word in a paragraph the text rests on; our paraphrase goes unbracketed.
 */

/** Every 「…」 span of a text, outer and inner, without its brackets. Unbalanced brackets are a problem. */
export function bracketedQuotes(text: string): { quotes: string[]; balanced: boolean } {
  const quotes: string[] = [];
  const open: number[] = [];
  let balanced = true;
  [...text].forEach((char, index, chars) => {
    if (char === "「") open.push(index);
    if (char === "」") {
      const start = open.pop();
      if (start === undefined) balanced = false;
      else quotes.push(chars.slice(start + 1, index).join(""));
    }
  });
  return { quotes, balanced: balanced && open.length === 0 };
}

function inParagraphs(quote: string, paragraphIds: readonly string[]): boolean {
  return paragraphIds.some((id) => comparable(getParagraph(id)?.text ?? "").includes(comparable(quote)));
}

function bracketProblems(label: string, text: string, paragraphIds: readonly string[]): string[] {
  const { quotes, balanced } = bracketedQuotes(text);
  const problems = balanced ? [] : [`${label}: unbalanced 「」`];
  for (const quote of quotes) {
    if (!inParagraphs(quote, paragraphIds)) {
      problems.push(`${label}: 「${quote}」 is not in ${paragraphIds.join(", ")}`);
    }
  }
  return problems;
}

function sourceProblems(label: string, sources: readonly TSource[]): string[] {
  return sources.flatMap(({ paragraphId, quote }) => {
    const paragraph = getParagraph(paragraphId);
    if (paragraph === undefined) return [`${label}: paragraph ${paragraphId} does not exist`];
    return paragraph.text.includes(quote)
      ? []
      : [`${label}: quote "${quote}" is not verbatim in ${paragraphId}`];
  });
}

/**
 * Quotes: every source quote (the item's and each criterion's) is in its paragraph exactly as the reader
 * shows it; every 「…」 in a criterion is in that criterion's paragraphs; every 「…」 in the prompt, the
 * model answer and the explanation is in one of the paragraphs the item cites.
 */
export function writtenQuoteProblems(item: TWrittenItem): string[] {
  const itemParagraphs = writtenItemSources(item).map((source) => source.paragraphId);
  return [
    ...sourceProblems("source", writtenItemSources(item)),
    ...item.rubric.flatMap((criterion) => sourceProblems(`criterion ${criterion.id}`, criterion.sources)),
    ...bracketProblems("prompt", item.prompt.zh, itemParagraphs),
    ...bracketProblems("model answer", item.modelAnswer.zh, itemParagraphs),
    ...bracketProblems("explanation", item.explanation.zh, itemParagraphs),
    ...item.rubric.flatMap((criterion) =>
      bracketProblems(
        `criterion ${criterion.id}`,
        criterion.description.zh,
        criterion.sources.map((source) => source.paragraphId),
      ),
    ),
  ];
}

/** Our own Chinese prose in an item: the texts with every 「…」 quote of the article taken out. */
export function writtenProse(item: TWrittenItem): string[] {
  const texts = [
    item.prompt.zh,
    item.modelAnswer.zh,
    item.explanation.zh,
    ...item.rubric.map((criterion) => criterion.description.zh),
  ];
  return texts.map((text) => text.replace(/「[^「」]*」/g, "").replace(/「[^「」]*」/g, ""));
}
