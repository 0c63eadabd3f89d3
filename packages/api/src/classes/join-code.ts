import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: a code read aloud or copied from a projector cannot be mistaken. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(random: (max: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * What a student typed, as a code: upper case, without spaces or dashes ("ab3-k7q" -> "AB3K7Q");
 * null when it cannot be a code at all.
 */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.replace(/[\s\-‐‑–—_]/g, "").toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}
