/** A run of a paragraph's text; `term` is set when the run is a glossary term's occurrence. */
export type TSegment = { text: string; term?: string };

type Span = { start: number; end: number; term: string };

/**
 * Splits `text` into plain runs and the first occurrence of each term, so that joining the runs gives
 * back `text` exactly. Longer terms claim their place first (產業空心化 before 空心化); a term whose
 * every occurrence overlaps a longer one is left as plain text. Terms in `skip` are not marked.
 */
export function splitAtTerms(
  text: string,
  terms: readonly string[],
  skip: ReadonlySet<string> = new Set(),
): TSegment[] {
  const unique = [...new Set(terms)].filter((term) => term.length > 0 && !skip.has(term));
  const byLength = unique.sort((a, b) => b.length - a.length);
  const spans: Span[] = [];
  for (const term of byLength) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(term, from);
      if (start < 0) break;
      const end = start + term.length;
      if (!spans.some((span) => start < span.end && span.start < end)) {
        spans.push({ start, end, term });
        break;
      }
      from = start + 1;
    }
  }
  spans.sort((a, b) => a.start - b.start);

  const segments: TSegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: span.term, term: span.term });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/**
 * The entries `splitAtTerms` could mark in `text`: those whose term occurs there and is not in `skip`.
 * A paragraph's component gets only these, not the whole glossary.
 */
export const glossaryIn = <T extends { term: string }>(
  text: string,
  glossary: readonly T[],
  skip: ReadonlySet<string> = new Set(),
): T[] =>
  glossary.filter((entry) => entry.term.length > 0 && !skip.has(entry.term) && text.includes(entry.term));

/** The terms a list of segments marks, for not marking them again later in the same paragraph. */
export const markedTerms = (segments: readonly TSegment[]) =>
  new Set(segments.flatMap((segment) => (segment.term ? [segment.term] : [])));

/**
 * Converts segments to another script. The whole text is converted at once, so that phrase-level
 * rules see the full context, and cut back at the same places when the conversion kept the length
 * (Traditional to Simplified does, character for character); otherwise each run is converted alone.
 */
export function convertSegments(
  segments: readonly TSegment[],
  convert: (text: string) => string,
): TSegment[] {
  const whole = segments.map((segment) => segment.text).join("");
  const converted = convert(whole);
  if (converted.length !== whole.length) {
    return segments.map((segment) => ({ ...segment, text: convert(segment.text) }));
  }
  let at = 0;
  return segments.map((segment) => {
    const text = converted.slice(at, at + segment.text.length);
    at += segment.text.length;
    return { ...segment, text };
  });
}

/** A term with the punctuation that must stay on its line: an opening bracket before, closing marks after. */
export type TPiece = { text: string } | { term: string; text: string; before: string; after: string };

const OPENING = /[「『（(《〈【“‘]+$/;
const CLOSING = /^[」』）)》〉】”’，。、；：！？,.;:!?]+/;

/**
 * Ties each marked term to the brackets and marks around it, so that a line never starts with 」 or
 * ends with 「 because the term is a box the browser breaks around. Joining every piece's `before`,
 * `text` and `after` gives back the text exactly.
 */
export function gluePunctuation(segments: readonly TSegment[]): TPiece[] {
  const pieces: TPiece[] = [];
  segments.forEach((segment, i) => {
    const previous = segments[i - 1];
    const next = segments[i + 1];
    if (segment.term) {
      const before = previous && !previous.term ? (OPENING.exec(previous.text)?.[0] ?? "") : "";
      const after = next && !next.term ? (CLOSING.exec(next.text)?.[0] ?? "") : "";
      pieces.push({ term: segment.term, text: segment.text, before, after });
      return;
    }
    // Closing and opening marks are different characters, so the two ends never overlap.
    const head = previous?.term ? (CLOSING.exec(segment.text)?.[0].length ?? 0) : 0;
    const tail = next?.term ? (OPENING.exec(segment.text)?.[0].length ?? 0) : 0;
    const text = segment.text.slice(head, segment.text.length - tail);
    if (text) pieces.push({ text });
  });
  return pieces;
}
