/*
 * How the PDF's broken lines are joined (the words themselves are never changed):
 * - every run of whitespace inside Chinese text disappears, so "5月 14日" reads "5月14日" and
 *   "上世紀 80 年代" reads "上世紀80年代";
 * - a single space survives only where it separates two Latin words or numbers, as in
 *   "Made by East, Consumed by West" and "Endogenous Growth", because there it is part of the words.
 * Headings are one printed line whose inner space separates two phrases ("外循環由來已久 今後難獨撐大局");
 * they keep that single space.
 */

const LATIN_BEFORE = /[A-Za-z0-9,.;:!?]/;
const LATIN_AFTER = /[A-Za-z0-9]/;

export function joinPdfLines(raw: string): string {
  return raw.trim().replace(/\s+/g, (run: string, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + run.length] ?? "";
    return LATIN_BEFORE.test(before) && LATIN_AFTER.test(after) ? " " : "";
  });
}

export function joinHeadline(raw: string): string {
  return raw.trim().replace(/\s+/g, " ");
}

/** For comparisons that must not care how text was wrapped: quotes, the source-equality test. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/g, "");
}
