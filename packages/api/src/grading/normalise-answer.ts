import { toSimplified, toTraditional } from "@dc/content";

/** Full-width ASCII and the ideographic space as their half-width forms (Ａ→A, ，→,). */
const halfWidth = (text: string) =>
  text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");

/** Whitespace, punctuation and symbols: they change how an answer looks, not what it says. */
const NOISE = /[\s\p{P}\p{S}]/gu;

/**
 * What two written answers are compared as when the grading page groups them: half-width, without
 * whitespace or punctuation, Latin lower-cased, in one script. Simplified is turned to Traditional,
 * then the whole is folded through Simplified once more, so the variant characters OpenCC's
 * Traditional and the article spell differently (裡/裏, 着/著) also compare equal. Never shown.
 */
export function normaliseAnswer(text: string): string {
  const plain = halfWidth(text.normalize("NFC")).toLowerCase().replace(NOISE, "");
  return plain ? toSimplified(toTraditional(plain)) : "";
}
