import { toSimplified, toTraditional } from "../chinese/convert";
import { joinPdfLines } from "../article/whitespace";
import { toHalfWidth } from "./width";

/** Quotation marks a learner may wrap an answer in: 「卡脖子」 means 卡脖子. */
const WRAPPING_QUOTES = /^[「『"'“‘《]+|[」』"'”’》]+$/g;

/**
 * What a typed text answer is compared as: half-width, trimmed, whitespace dropped inside Chinese
 * (kept as one space between Latin words), without wrapping quotes, Latin lower-cased, in Traditional.
 */
export function normaliseText(text: string): string {
  const plain = joinPdfLines(toHalfWidth(text).normalize("NFC")).replace(WRAPPING_QUOTES, "").trim();
  return toTraditional(plain.toLowerCase());
}

/**
 * True when a learner's text is the accepted text, forgiving width, spacing, case and script.
 * Both sides are also compared in Simplified, which folds the variant characters that OpenCC's
 * Traditional output and the article spell differently (裡/裏, 鈎/鉤, 脫/脱).
 */
export function sameText(answer: string, accepted: string): boolean {
  const a = normaliseText(answer);
  const b = normaliseText(accepted);
  if (a === "" || b === "") return false;
  return a === b || toSimplified(a) === toSimplified(b);
}
