/*
 * Join codes as students type them and as teachers show them. The server decides (it normalises the
 * same way); these only help: an early hint for a code that cannot be one, and a readable display.
 */

/** No 0/O, 1/I/L, as on the server. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 6;

/** What was typed, as the server reads it: upper case, without spaces, dashes or underscores. */
export const cleanJoinCode = (typed: string) => typed.replace(/[\s\-‐‑–—_]/g, "").toUpperCase();

/**
 * Why what was typed cannot be a code (a message key of `classes.join.errors`), or null when it
 * may be one. Codes never contain 0, O, 1, I or L, so a student who reads one of those off a board
 * learns it at once.
 */
export function joinCodeProblem(typed: string): "EMPTY" | "LENGTH" | "CHARACTERS" | null {
  const code = cleanJoinCode(typed);
  if (!code) return "EMPTY";
  if ([...code].some((c) => !JOIN_CODE_ALPHABET.includes(c))) return "CHARACTERS";
  if (code.length !== JOIN_CODE_LENGTH) return "LENGTH";
  return null;
}

/** "AB3K7Q" → "AB3 K7Q": two groups of three, easier to read aloud and to copy from a projector. */
export const groupJoinCode = (code: string) =>
  code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code;

/** "AB3K7Q" → "A B 3 K 7 Q": a screen reader spells it out instead of reading it as a word. */
export const spellJoinCode = (code: string) => [...code].join(" ");
