import type { TItem } from "@dc/content";
import { isWidenable, type TWidenableType } from "@dc/content/constants";

/*
 * Builds the extra keys of an ACCEPT_ANSWER correction from what the teacher filled in, shaped as
 * the API expects for each item type (see packages/api/src/assignments/accepted-keys.ts). Pure.
 */

/** Whether an item type's key can be widened (WIDENABLE_TYPES); the others take FULL_CREDIT or DROP. */
export const canAcceptAnswer = isWidenable;

/** What the form holds: ticked choice ids, a typed number, and per cloze blank the typed words. */
export type TKeyDraft = { choices: string[]; number: string; blanks: Record<string, string> };

export const EMPTY_DRAFT: TKeyDraft = { choices: [], number: "", blanks: {} };

export type TKeyProblem = "PICK_CHOICE" | "SAME_AS_KEY" | "ENTER_NUMBER" | "ENTER_BLANK" | "NOT_SUPPORTED";

export type TBuiltKeys = { ok: true; keys: unknown[] } | { ok: false; problem: TKeyProblem };

/** At most this many keys per correction (the API's limit). */
const MAX_KEYS = 5;

/** Separators between several accepted words typed into one cloze blank: commas, 、 and slashes. */
const WORDS = /[,，、/／]+/;

export function buildAcceptedKeys(item: TItem, draft: TKeyDraft): TBuiltKeys {
  return isWidenable(item.type)
    ? buildFor(item as Extract<TItem, { type: TWidenableType }>, draft)
    : { ok: false, problem: "NOT_SUPPORTED" };
}

/** One case per widenable type: a type added to WIDENABLE_TYPES without its case fails typecheck. */
function buildFor(item: Extract<TItem, { type: TWidenableType }>, draft: TKeyDraft): TBuiltKeys {
  switch (item.type) {
    case "single": {
      const picked = item.choices
        .map((c) => c.id)
        .filter((id) => draft.choices.includes(id) && id !== item.answer);
      return picked.length
        ? { ok: true, keys: picked.slice(0, MAX_KEYS) }
        : { ok: false, problem: "PICK_CHOICE" };
    }
    case "multi": {
      const picked = item.choices.map((c) => c.id).filter((id) => draft.choices.includes(id));
      if (!picked.length) return { ok: false, problem: "PICK_CHOICE" };
      const same = picked.length === item.answer.length && item.answer.every((id) => picked.includes(id));
      return same ? { ok: false, problem: "SAME_AS_KEY" } : { ok: true, keys: [picked] };
    }
    case "truefalse":
      return { ok: true, keys: [!item.answer] };
    case "numeric": {
      const text = draft.number.replace(/[,，\s]/g, "");
      const value = text === "" ? NaN : Number(text);
      return Number.isFinite(value) ? { ok: true, keys: [value] } : { ok: false, problem: "ENTER_NUMBER" };
    }
    case "cloze": {
      const blanks: Record<string, string[]> = {};
      for (const blank of Object.keys(item.answer)) {
        const typed = draft.blanks[blank] ?? "";
        // A word-bank blank holds one word of the bank, taken whole; a free blank may list several.
        const words = (item.options ? [typed] : typed.split(WORDS)).map((w) => w.trim()).filter(Boolean);
        if (words.length) blanks[blank] = [...new Set(words)].slice(0, 10);
      }
      return Object.keys(blanks).length
        ? { ok: true, keys: [blanks] }
        : { ok: false, problem: "ENTER_BLANK" };
    }
  }
}
