/** The number of a paragraph (`s1-p3` → 3) or of an appendix row (`s5-r2` → 2). */
export function paragraphNumber(id: string): number {
  const match = /-[pr](\d+)$/.exec(id);
  if (!match?.[1]) throw new Error(`not a paragraph id: ${id}`);
  return Number(match[1]);
}

/** Appendix rows (`s5-r1`) are entries of a table, not paragraphs of prose. */
export const isAppendixRow = (id: string) => /-r\d+$/.test(id);
