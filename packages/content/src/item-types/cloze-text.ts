/*
 * The one reader of a cloze text's blanks, written `{{1}}`, `{{2}}`… (zod-free: browsers use it too,
 * through `@dc/content/cloze`).
 */

/** A blank as written in a cloze text; the capture is its id. */
const CLOZE_BLANK = /\{\{(\d+)\}\}/g;

export type TClozePart = { kind: "text"; text: string } | { kind: "blank"; id: string };

/** "在{{1}}和{{2}}上" -> text "在", blank "1", text "和", blank "2", text "上". */
export function splitCloze(text: string): TClozePart[] {
  const parts: TClozePart[] = [];
  let last = 0;
  for (const match of text.matchAll(CLOZE_BLANK)) {
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    parts.push({ kind: "blank", id: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** The blank ids of a cloze text, in reading order: "{{1}} 和 {{2}}" -> ["1", "2"]. */
export function blankIds(text: string): string[] {
  return splitCloze(text).flatMap((part) => (part.kind === "blank" ? [part.id] : []));
}

/** True when the text has at least one blank. */
export const hasBlank = (text: string) => blankIds(text).length > 0;

/** The text with each blank replaced by `fill(id)`: the article's sentence, "（1）____", "＿"… */
export function fillBlanks(text: string, fill: (id: string) => string): string {
  return splitCloze(text)
    .map((part) => (part.kind === "text" ? part.text : fill(part.id)))
    .join("");
}
