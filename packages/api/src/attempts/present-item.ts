import { createHmac } from "node:crypto";
import {
  toPublicItem,
  type TItem,
  type TPublicItem,
  type TPublicOption,
  type TResponse,
  type TReveal,
} from "@dc/content";

/*
 * An item as one attempt shows it. The attempt's secret seed names every choice, event and matching
 * option with an opaque id (an HMAC of the bank id, so it says nothing about the bank's letters) and
 * orders them by those ids, i.e. a random order per attempt that is the same on every reload and
 * device. A cloze word bank is ordered the same way. Responses are translated back to bank ids before
 * they are validated, stored or scored, so the stored answers, the teacher's views and regrades keep
 * speaking bank ids; what goes to the student's browser (saved responses, revealed keys) is translated
 * to the attempt's ids.
 */

type TList = "choice" | "event" | "left" | "right" | "word";

const opaque = (seed: string, itemId: string, list: TList, id: string) =>
  createHmac("sha256", seed).update(`${itemId}\u0000${list}\u0000${id}`).digest("hex").slice(0, 12);

/** Bank id <-> opaque id of one list of one item in one attempt. */
type TNames = { toOpaque: Map<string, string>; toBank: Map<string, string> };

function names(seed: string, itemId: string, list: TList, ids: readonly string[]): TNames {
  const toOpaque = new Map(ids.map((id) => [id, opaque(seed, itemId, list, id)]));
  const toBank = new Map([...toOpaque].map(([bank, id]) => [id, bank]));
  // 48 bits per id: a collision inside one item is all but impossible, and would break scoring.
  if (toBank.size !== toOpaque.size) throw new Error(`opaque id collision in ${itemId}`);
  return { toOpaque, toBank };
}

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * `ids` sorted by their opaque names, rotated past any forbidden order (the bank's, and for events the
 * key's): with at least three entries and at most two forbidden orders, one rotation is always allowed.
 * Two entries are left as drawn: forbidding one of only two orders would fix the other.
 */
function order(ids: readonly string[], named: TNames, forbidden: readonly (readonly string[])[]) {
  let out = [...ids].sort((a, b) => (named.toOpaque.get(a)! < named.toOpaque.get(b)! ? -1 : 1));
  if (out.length < 3) return out;
  for (let turn = 0; turn < out.length && forbidden.some((f) => sameOrder(out, f)); turn++) {
    out = [...out.slice(1), out[0]!];
  }
  return out;
}

function renamed(options: readonly TPublicOption[], named: TNames, ids: readonly string[]): TPublicOption[] {
  const byId = new Map(options.map((o) => [o.id, o]));
  return ids.map((id) => ({ id: named.toOpaque.get(id)!, text: byId.get(id)!.text }));
}

/** The per-attempt names of an item's lists (none for types without ids). */
function itemNames(item: TItem, seed: string) {
  switch (item.type) {
    case "single":
    case "multi":
      return {
        choice: names(
          seed,
          item.id,
          "choice",
          item.choices.map((c) => c.id),
        ),
      };
    case "ordering":
      return {
        event: names(
          seed,
          item.id,
          "event",
          item.events.map((e) => e.id),
        ),
      };
    case "matching":
      return {
        left: names(
          seed,
          item.id,
          "left",
          item.left.map((o) => o.id),
        ),
        right: names(
          seed,
          item.id,
          "right",
          item.right.map((o) => o.id),
        ),
      };
    default:
      return {};
  }
}

/** The public view of `item` in the attempt whose seed is `seed`. */
export function presentItem(item: TItem, seed: string): TPublicItem {
  const view = toPublicItem(item);
  const n = itemNames(item, seed);
  if ((view.type === "single" || view.type === "multi") && n.choice && "choices" in item) {
    const bank = item.choices.map((c) => c.id);
    return { ...view, choices: renamed(view.choices, n.choice, order(bank, n.choice, [bank])) };
  }
  if (view.type === "ordering" && n.event && item.type === "ordering") {
    const bank = item.events.map((e) => e.id);
    return { ...view, events: renamed(view.events, n.event, order(bank, n.event, [bank, item.answer])) };
  }
  if (view.type === "matching" && n.left && n.right && item.type === "matching") {
    const leftBank = item.left.map((o) => o.id);
    const left = order(leftBank, n.left, [leftBank]);
    // Both columns are drawn independently, so lining up with the left column says nothing.
    const rightBank = item.right.map((o) => o.id);
    const right = order(rightBank, n.right, [rightBank]);
    return { ...view, left: renamed(view.left, n.left, left), right: renamed(view.right, n.right, right) };
  }
  if (view.type === "cloze" && item.type === "cloze" && item.options) {
    const words = names(seed, item.id, "word", item.options);
    return { ...view, options: order(item.options, words, [item.options]) };
  }
  return view;
}

// An id the attempt never showed becomes one no item has, so the response fails validation.
const UNKNOWN = "?";
const mapId = (named: TNames | undefined, direction: "toBank" | "toOpaque", id: string) =>
  named?.[direction].get(id) ?? (direction === "toBank" ? UNKNOWN : id);

function translate(
  item: TItem,
  seed: string,
  response: TResponse,
  direction: "toBank" | "toOpaque",
): TResponse {
  if (response.type !== item.type) return response; // fails validation as it stands
  const n = itemNames(item, seed);
  switch (response.type) {
    case "single":
      return { ...response, choice: mapId(n.choice, direction, response.choice) };
    case "multi":
      return { ...response, choices: response.choices.map((id) => mapId(n.choice, direction, id)) };
    case "ordering":
      return { ...response, order: response.order.map((id) => mapId(n.event, direction, id)) };
    case "matching":
      return {
        ...response,
        pairs: Object.fromEntries(
          Object.entries(response.pairs).map(([l, r]) => [
            mapId(n.left, direction, l),
            mapId(n.right, direction, r),
          ]),
        ),
      };
    default:
      return response;
  }
}

/** A response as the browser sent it (the attempt's ids) in bank ids, for validation, storage and scoring. */
export const responseToBank = (item: TItem, seed: string, response: TResponse) =>
  translate(item, seed, response, "toBank");

/** A stored response (bank ids, parsed by stored-answer.ts) in the attempt's ids. */
export const responseToClient = (item: TItem, seed: string, response: TResponse) =>
  translate(item, seed, response, "toOpaque");

/** Whether a response of this type carries ids that need the attempt's seed to translate. */
export const responseHasIds = (response: TResponse) =>
  response.type === "single" ||
  response.type === "multi" ||
  response.type === "ordering" ||
  response.type === "matching";

/** A reveal whose raw key names the attempt's ids, so the browser can mark what it shows. */
export function revealToClient(item: TItem, seed: string, reveal: TReveal): TReveal {
  const n = itemNames(item, seed);
  const key = reveal.key;
  if ((item.type === "single" || item.type === "multi") && n.choice) {
    const named = n.choice;
    return {
      ...reveal,
      key:
        typeof key === "string"
          ? mapId(named, "toOpaque", key)
          : (key as string[]).map((id) => mapId(named, "toOpaque", id)),
    };
  }
  if (item.type === "ordering" && n.event) {
    const named = n.event;
    return { ...reveal, key: (key as string[]).map((id) => mapId(named, "toOpaque", id)) };
  }
  if (item.type === "matching" && n.left && n.right) {
    const { left, right } = n;
    const pairs = Object.entries(key as Record<string, string>).map(([l, r]) => [
      mapId(left, "toOpaque", l),
      mapId(right, "toOpaque", r),
    ]);
    return { ...reveal, key: Object.fromEntries(pairs) as Record<string, string> };
  }
  return reveal;
}
