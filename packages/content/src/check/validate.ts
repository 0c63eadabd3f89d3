import { z } from "zod";

import type { TItem } from "../schema";
import { askedParts, DATE_PARTS } from "./dates";
import { ZResponse } from "./response";

const list = (ids: string[]) => ids.map((id) => `"${id}"`).join(", ");

function unknownIds(given: string[], known: string[]): string[] {
  const knownSet = new Set(known);
  return [...new Set(given.filter((id) => !knownSet.has(id)))];
}

function duplicates(given: string[]): string[] {
  return [...new Set(given.filter((id, index) => given.indexOf(id) !== index))];
}

/**
 * Why a response cannot be scored against this item, or null when it can. A wrong answer is not an
 * error; a response of another type, one naming choices, events, pairs or blanks the item does not
 * have, or one leaving out asked parts (a date part, an event) is.
 */
export function validateResponseFor(item: TItem, response: unknown): string | null {
  const parsed = ZResponse.safeParse(response);
  if (!parsed.success) return `invalid response: ${z.prettifyError(parsed.error)}`;
  const r = parsed.data;
  if (r.type !== item.type) return `item ${item.id} is a ${item.type} item; the response is ${r.type}`;

  if (item.type === "single" && r.type === "single") {
    const ids = item.choices.map((choice) => choice.id);
    return ids.includes(r.choice) ? null : `unknown choice "${r.choice}" for item ${item.id}`;
  }
  if (item.type === "multi" && r.type === "multi") {
    const unknown = unknownIds(
      r.choices,
      item.choices.map((choice) => choice.id),
    );
    if (unknown.length > 0) return `unknown choices ${list(unknown)} for item ${item.id}`;
    const repeated = duplicates(r.choices);
    return repeated.length > 0 ? `choices ${list(repeated)} picked more than once` : null;
  }
  if (item.type === "ordering" && r.type === "ordering") {
    const ids = item.events.map((event) => event.id);
    const unknown = unknownIds(r.order, ids);
    if (unknown.length > 0) return `unknown events ${list(unknown)} for item ${item.id}`;
    const repeated = duplicates(r.order);
    if (repeated.length > 0) return `events ${list(repeated)} placed more than once`;
    const missing = ids.filter((id) => !r.order.includes(id));
    return missing.length > 0 ? `missing events ${list(missing)}: order all ${ids.length}` : null;
  }
  if (item.type === "matching" && r.type === "matching") {
    const unknownLeft = unknownIds(
      Object.keys(r.pairs),
      item.left.map((option) => option.id),
    );
    if (unknownLeft.length > 0) return `unknown left items ${list(unknownLeft)} for item ${item.id}`;
    const unknownRight = unknownIds(
      Object.values(r.pairs),
      item.right.map((option) => option.id),
    );
    return unknownRight.length > 0 ? `unknown right items ${list(unknownRight)} for item ${item.id}` : null;
  }
  if (item.type === "cloze" && r.type === "cloze") {
    const unknown = unknownIds(Object.keys(r.blanks), Object.keys(item.answer));
    if (unknown.length > 0) return `unknown blanks ${list(unknown)} for item ${item.id}`;
    const options = item.options;
    if (options === undefined) return null;
    const notOffered = Object.values(r.blanks).filter((text) => text !== "" && !options.includes(text));
    return notOffered.length > 0 ? `${list(notOffered)} is not in the word bank of item ${item.id}` : null;
  }
  if (item.type === "date" && r.type === "date") {
    const asked = askedParts(item.answer);
    const missing = asked.filter((part) => r[part] === undefined);
    if (missing.length > 0) return `missing date parts: ${missing.join(", ")}`;
    const extra = DATE_PARTS.filter((part) => !asked.includes(part) && (r[part] ?? "").trim() !== "");
    return extra.length > 0 ? `date parts not asked: ${extra.join(", ")}` : null;
  }
  return null;
}
