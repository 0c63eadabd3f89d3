/**
 * One normalisation for every string a client sends (applied to the whole input of every tRPC
 * procedure, before its schema): NFC, and a refusal, at the field's path, of what cannot be stored
 * (NUL, lone surrogates) or could disguise text (C0/C1 controls, bidirectional overrides).
 */
export const INVALID_CHARACTERS = "INVALID_CHARACTERS";

// C0 and C1 controls and DEL; tab, line feed and carriage return are allowed only in multi-line fields.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAKS = /[\t\n\r]/u;
// Bidirectional embeddings, overrides, isolates and marks (e.g. U+202E RIGHT-TO-LEFT OVERRIDE).
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// With the u flag a lone surrogate is its own code point, of category Cs; a valid pair is not.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Fields whose text may span lines (a teacher's reason for a correction, a pasted class roster, an
 * announcement, a written answer's `text`: a learner's paragraph may have line breaks).
 */
const MULTI_LINE_KEYS = new Set(["reason", "roster", "notice", "text"]);
/** Passed through untouched: a password is compared byte for byte with what was hashed. */
const VERBATIM_KEYS = /password/i;
const MAX_DEPTH = 24;

/** A plain object (a literal, JSON.parse's, or one without a prototype); not a Date, Map or class. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The problem with one string, or null when it is acceptable. */
export function textProblem(text: string, multiLine = false): typeof INVALID_CHARACTERS | null {
  if (LONE_SURROGATE.test(text)) return INVALID_CHARACTERS;
  if (CONTROLS.test(text) || BIDI.test(text)) return INVALID_CHARACTERS;
  if (!multiLine && LINE_BREAKS.test(text)) return INVALID_CHARACTERS;
  return null;
}

export type TTextIssue = { path: (string | number)[]; message: string };

/** Strings refused at the boundary; reported like a schema's field errors (INVALID_INPUT). */
export class TextInputError extends Error {
  constructor(readonly issues: TTextIssue[]) {
    super("INVALID_CHARACTERS");
    this.name = "TextInputError";
  }
}

/** `value` with every string NFC-normalised, and the paths of the strings that were refused. */
export function cleanInput(value: unknown): { value: unknown; issues: TTextIssue[] } {
  const issues: TTextIssue[] = [];
  const walk = (v: unknown, path: (string | number)[], multiLine: boolean): unknown => {
    if (typeof v === "string") {
      const problem = textProblem(v, multiLine);
      if (problem) issues.push({ path, message: problem });
      return problem ? v : v.normalize("NFC");
    }
    if (path.length > MAX_DEPTH) {
      issues.push({ path, message: "TOO_DEEP" });
      return v;
    }
    if (Array.isArray(v)) return v.map((item, i) => walk(item, [...path, i], multiLine));
    if (isPlainObject(v)) {
      // Built with fromEntries (own properties): assigning `out["__proto__"]` would set the prototype instead.
      return Object.fromEntries(
        Object.entries(v).map(([key, item]) => {
          const keyProblem = textProblem(key);
          if (keyProblem) issues.push({ path: [...path, key], message: keyProblem });
          const name = keyProblem ? key : key.normalize("NFC");
          return [
            name,
            VERBATIM_KEYS.test(key) ? item : walk(item, [...path, key], MULTI_LINE_KEYS.has(key)),
          ];
        }),
      );
    }
    return v;
  };
  const cleaned = walk(value, [], false);
  return { value: cleaned, issues };
}
