import { toSimplified } from "@dc/content/simplify";

/** Which characters a reader wants the content in: Traditional (as written) or Simplified. */
export type TScript = "hant" | "hans";

export const parseScript = (value: string | null | undefined): TScript =>
  value === "hans" ? "hans" : "hant";

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** The learner's own answer is shown as they typed it (it is checked in either script). */
const KEPT_AS_TYPED = new Set(["response"]);

/**
 * Converts every Chinese string in a procedure's output (prompts, choices, feedback, explanations,
 * quotes) to Simplified, on the server: the browser then needs no converter for the quiz. Ids and
 * other ASCII strings pass unchanged; Dates and other class instances are left alone.
 */
export function simplifyDeep<T>(value: T, convert: (s: string) => string = toSimplified): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === "string") return HAN.test(v) ? convert(v) : v;
    if (key !== undefined && KEPT_AS_TYPED.has(key)) return v;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    }
    return v;
  };
  return walk(value) as T;
}

/** Procedures whose output is learning content, and so follows the reader's script. */
export const SCRIPTED_PROCEDURES: ReadonlySet<string> = new Set([
  "attempt.get",
  "attempt.check",
  "attempt.submit",
]);
