import { parseArticle } from "./parse";
import { SOURCE } from "./source";
import type { TAppendixRow, TArticle, TParagraph } from "./types";

/** The article, parsed once at import from the embedded source text. */
export const article: TArticle = parseArticle(SOURCE);

/** Every paragraph in reading order: s0-p1, s1-p1 .. s4-p5, then the appendix rows s5-r1 .. s5-r7. */
export const paragraphs: TParagraph[] = article.sections.flatMap((section) => section.paragraphs);

export const appendixRows: TAppendixRow[] = article.appendix.rows;

const byId = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]));

export function getParagraph(id: string): TParagraph | undefined {
  return byId.get(id);
}

export { SOURCE } from "./source";
export type * from "./types";
