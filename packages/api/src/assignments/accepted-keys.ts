import { type TItem } from "@dc/content";
import { acceptedKeyInvalid } from "./errors";

/**
 * Checks the extra keys of an ACCEPT_ANSWER adjustment against the item, and returns them:
 * single: a choice id; multi: a list of choice ids; truefalse: a boolean; numeric: a number (the
 * item's unit and tolerance apply); cloze: blank id -> extra accepted strings.
 */
export function checkAcceptedKeys(item: TItem, keys: readonly unknown[]): unknown[] {
  if (!keys.length) throw acceptedKeyInvalid("EMPTY");
  for (const key of keys) {
    const problem = keyProblem(item, key);
    if (problem) throw acceptedKeyInvalid(problem);
  }
  return [...keys];
}

function keyProblem(item: TItem, key: unknown): string | null {
  switch (item.type) {
    case "single":
      if (typeof key !== "string" || !item.choices.some((c) => c.id === key)) return "NOT_A_CHOICE";
      return key === item.answer ? "ALREADY_THE_KEY" : null;
    case "multi": {
      const ids = new Set(item.choices.map((c) => c.id));
      if (!Array.isArray(key) || !key.length || key.some((id) => typeof id !== "string" || !ids.has(id))) {
        return "NOT_CHOICES";
      }
      return new Set(key).size === key.length ? null : "REPEATED_CHOICE";
    }
    case "truefalse":
      if (typeof key !== "boolean") return "NOT_A_BOOLEAN";
      return key === item.answer ? "ALREADY_THE_KEY" : null;
    case "numeric":
      return typeof key === "number" && Number.isFinite(key) ? null : "NOT_A_NUMBER";
    case "cloze": {
      if (typeof key !== "object" || key === null || Array.isArray(key)) return "NOT_BLANKS";
      const entries = Object.entries(key as Record<string, unknown>);
      if (!entries.length) return "NOT_BLANKS";
      for (const [blank, strings] of entries) {
        if (!Object.hasOwn(item.answer, blank)) return `UNKNOWN_BLANK:${blank}`;
        if (
          !Array.isArray(strings) ||
          !strings.length ||
          strings.some((s) => typeof s !== "string" || !s.trim())
        ) {
          return "NOT_STRINGS";
        }
        if (item.options && strings.some((s) => !item.options!.includes(s as string)))
          return "NOT_IN_WORD_BANK";
      }
      return null;
    }
    default:
      return `NOT_SUPPORTED_FOR_${item.type.toUpperCase()}`;
  }
}
