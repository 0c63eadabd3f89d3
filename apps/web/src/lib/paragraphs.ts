/** The lesson a paragraph belongs to: the digit after "s" (`s1-p3` → 1, `s5-r2` → 5). */
export function lessonOfParagraph(id: string): number {
  const match = /^s(\d)-[pr]\d+$/.exec(id);
  if (!match) throw new Error(`not a paragraph id: ${id}`);
  return Number(match[1]);
}

/** The number of a paragraph within its section (`s1-p3` → 3) or of an appendix row (`s5-r2` → 2). */
export function paragraphNumber(id: string): number {
  const match = /-[pr](\d+)$/.exec(id);
  if (!match) throw new Error(`not a paragraph id: ${id}`);
  return Number(match[1]);
}

/** Appendix rows (`s5-r1`) are entries of the speeches table, not paragraphs of prose. */
export const isAppendixRow = (id: string) => /-r\d+$/.test(id);

/** Paragraphs grouped by lesson, in the article's order. */
export function groupByLesson<T extends { paragraphId: string }>(rows: readonly T[]) {
  const groups: { lessonId: number; paragraphs: T[] }[] = [];
  for (const row of rows) {
    const lessonId = lessonOfParagraph(row.paragraphId);
    const group = groups.find((g) => g.lessonId === lessonId);
    if (group) group.paragraphs.push(row);
    else groups.push({ lessonId, paragraphs: [row] });
  }
  return groups;
}
