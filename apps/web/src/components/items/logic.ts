import type { TPublicItem, TResponse, TReveal, TRevealOf } from "@dc/content";
import { WRITTEN_MAX_CHARS } from "@dc/content/constants";

/*
 * Pure helpers behind the answer inputs: building complete responses from what the learner did,
 * reordering, reading the revealed key safely, and labelling marks. No React, no DOM.
 */

export type TItemType = TPublicItem["type"];
export type TItemOf<T extends TItemType> = Extract<TPublicItem, { type: T }>;
export type TResponseOf<T extends TItemType> = Extract<TResponse, { type: T }>;
export type TDatePart = TItemOf<"date">["parts"][number];
export type TResult = { score: number; correct: boolean };

/**
 * What `ItemInput` hands each type's input: the reveal is already known to belong to this item, and
 * its key (tagged with the type) to have this type's shape.
 */
export type TInputProps<T extends TItemType> = {
  item: TItemOf<T>;
  value: TResponse | null;
  onChange: (response: TResponseOf<T> | null) => void;
  disabled: boolean;
  reveal: TRevealOf<T> | null;
  locale: string;
  promptId: string;
};

/** Responses carry strings of at most 200 characters (see ZResponse). */
export const MAX_TEXT = 200;

/** The element id of an item's prompt, shared by `ItemPrompt` and `ItemInput` (aria-labelledby). */
export const itemPromptId = (itemId: string) => `item-${itemId}-prompt`;

/** The response if it is of this type, else null (a stale value of another item is ignored). */
export function responseOf<T extends TItemType>(type: T, value: TResponse | null): TResponseOf<T> | null {
  return value !== null && value.type === type ? (value as TResponseOf<T>) : null;
}

/** A copy of `list` with the entry at `from` moved to `to` (clamped to the list). */
export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const target = Math.min(Math.max(to, 0), next.length - 1);
  const [entry] = next.splice(from, 1) as [T];
  next.splice(target, 0, entry);
  return next;
}

/** True when `order` holds every id of `ids` exactly once and nothing else. */
export function isPermutation(order: readonly string[], ids: readonly string[]): boolean {
  if (order.length !== ids.length) return false;
  const wanted = new Set(ids);
  const seen = new Set<string>();
  for (const id of order) {
    if (!wanted.has(id) || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

export const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => b[index] === id);

/**
 * Where a dragged row lands: the number of other rows whose vertical middle lies above the pointer.
 * `middles` are the other rows' middles, top to bottom.
 */
export const dropIndex = (middles: readonly number[], pointerY: number) =>
  middles.filter((middle) => middle < pointerY).length;

/** Multi choice: the picked ids in the order the choices are shown; null when none is picked. */
export function toggleChoice(
  picked: readonly string[],
  id: string,
  on: boolean,
  allIds: readonly string[],
): TResponseOf<"multi"> | null {
  const set = new Set(picked);
  if (on) set.add(id);
  else set.delete(id);
  const choices = allIds.filter((choiceId) => set.has(choiceId));
  return choices.length === 0 ? null : { type: "multi", choices };
}

/** Numeric: the text as typed (capped); null when only whitespace is left. */
export function numericResponse(text: string): TResponseOf<"numeric"> | null {
  return text.trim() === "" ? null : { type: "numeric", value: text.slice(0, MAX_TEXT) };
}

/** Written: the text as typed (capped at the written limit); null when only whitespace is left. */
export function writtenResponse(text: string): TResponseOf<"written"> | null {
  return text.trim() === "" ? null : { type: "written", text: text.slice(0, WRITTEN_MAX_CHARS) };
}

/**
 * Date: every asked part is present ("" for one left blank, as the checker expects) and no other;
 * null when all asked parts are blank.
 */
export function dateResponse(
  parts: readonly TDatePart[],
  current: Partial<Record<TDatePart, string>>,
  part: TDatePart,
  text: string,
): TResponseOf<"date"> | null {
  const values = { ...current, [part]: text.slice(0, MAX_TEXT) };
  const response: TResponseOf<"date"> = { type: "date" };
  for (const asked of parts) response[asked] = values[asked] ?? "";
  return parts.every((asked) => (response[asked] ?? "").trim() === "") ? null : response;
}

/** Matching: sets or (with "") clears one left item's partner; null when nothing is paired. */
export function matchingResponse(
  pairs: Readonly<Record<string, string>>,
  leftId: string,
  rightId: string,
): TResponseOf<"matching"> | null {
  const next: Record<string, string> = {};
  for (const [left, right] of Object.entries(pairs)) if (left !== leftId) next[left] = right;
  if (rightId !== "") next[leftId] = rightId;
  return Object.keys(next).length === 0 ? null : { type: "matching", pairs: next };
}

/** Cloze: every blank present ("" when empty); null when all blanks are empty. */
export function clozeResponse(
  blankIds: readonly string[],
  current: Readonly<Record<string, string>>,
  blankId: string,
  text: string,
): TResponseOf<"cloze"> | null {
  const values: Record<string, string> = { ...current, [blankId]: text.slice(0, MAX_TEXT) };
  const blanks: Record<string, string> = {};
  for (const id of blankIds) blanks[id] = values[id] ?? "";
  return blankIds.every((id) => (blanks[id] ?? "").trim() === "") ? null : { type: "cloze", blanks };
}

/** The reveal only if it belongs to this item and its type (the key is tagged with its type). */
export function revealOf<T extends TItemType>(
  item: { id: string; type: T },
  reveal: TReveal | null | undefined,
): TRevealOf<T> | null {
  return reveal && reveal.itemId === item.id && reveal.type === item.type ? (reveal as TRevealOf<T>) : null;
}

/** How a choice is marked once the key is known; null when there is nothing to say about it. */
export type TChoiceMark = "right-chosen" | "right-missed" | "wrong-chosen";

export function choiceMark(isKey: boolean, isChosen: boolean): TChoiceMark | null {
  if (isKey) return isChosen ? "right-chosen" : "right-missed";
  return isChosen ? "wrong-chosen" : null;
}

/** For each shown event: its 1-based position now and where the key puts it (null if the key lacks it). */
export function orderingMarks(order: readonly string[], key: readonly string[]) {
  return order.map((id, index) => {
    const keyIndex = key.indexOf(id);
    return {
      id,
      position: index + 1,
      correctPosition: keyIndex < 0 ? null : keyIndex + 1,
      right: keyIndex === index,
    };
  });
}

export type TTone = "right" | "partial" | "wrong";

export const resultTone = ({ score, correct }: TResult): TTone =>
  correct ? "right" : score > 0 ? "partial" : "wrong";

/** A score as a whole percentage that never rounds a partial score up to 100 or down to 0. */
export function scorePercent(score: number): number {
  const percent = Math.round(score * 100);
  if (score > 0 && score < 1) return Math.min(99, Math.max(1, percent));
  return Math.min(100, Math.max(0, percent));
}

/** Where a paragraph id points: "s2-p4" is lesson 2, paragraph 4; "s5-r3" is row 3 of table 1. */
export type TParagraphRef = { kind: "paragraph"; lesson: number; n: number } | { kind: "row"; n: number };

export function paragraphRef(paragraphId: string): TParagraphRef | null {
  const prose = /^s([0-4])-p(\d+)$/.exec(paragraphId);
  if (prose) return { kind: "paragraph", lesson: Number(prose[1]), n: Number(prose[2]) };
  const row = /^s5-r(\d+)$/.exec(paragraphId);
  return row ? { kind: "row", n: Number(row[1]) } : null;
}
