import { createHmac } from "node:crypto";
import {
  moduleOf,
  toPublicItem,
  type TIdList,
  type TItem,
  type TPublicItem,
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

const opaque = (seed: string, itemId: string, list: TIdList, id: string) =>
  createHmac("sha256", seed).update(`${itemId}\u0000${list}\u0000${id}`).digest("hex").slice(0, 12);

/** Bank id <-> opaque id of one list of one item in one attempt. */
type TNames = { toOpaque: Map<string, string>; toBank: Map<string, string> };

function names(seed: string, itemId: string, list: TIdList, ids: readonly string[]): TNames {
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

const MAX_NAMED = 20_000;
/**
 * Names by attempt seed and item: an exam's view, its saves and its submission each need the same
 * names (a view up to three times per item), and each name is an HMAC. Bounded, like seed-cache.ts.
 */
const named = new Map<string, Partial<Record<TIdList, TNames>>>();

/** The per-attempt names of each list the item's type declares (none for types without lists). */
function itemNames(item: TItem, seed: string): Partial<Record<TIdList, TNames>> {
  const key = `${seed}\u0000${item.id}`;
  let found = named.get(key);
  if (!found) {
    found = nameLists(item, seed);
    if (named.size >= MAX_NAMED) named.clear();
    named.set(key, found);
  }
  return found;
}

function nameLists(item: TItem, seed: string): Partial<Record<TIdList, TNames>> {
  const lists = moduleOf(item.type).attempt?.lists(item) ?? {};
  return Object.fromEntries(
    Object.entries(lists).map(([list, ids]) => [list, names(seed, item.id, list as TIdList, ids)]),
  );
}

// An id the attempt never showed becomes one no item has, so the response fails validation.
const UNKNOWN = "?";
const mapId = (named: TNames | undefined, direction: "toBank" | "toOpaque", id: string) =>
  named?.[direction].get(id) ?? (direction === "toBank" ? UNKNOWN : id);

/** The public view of `item` in the attempt whose seed is `seed`. */
export function presentItem(item: TItem, seed: string): TPublicItem {
  const attempt = moduleOf(item.type).attempt;
  const base = toPublicItem(item);
  if (!attempt) return base;
  const n = itemNames(item, seed);
  const shown = attempt.present(item, base, {
    order: (list, ids, forbidden) => order(ids, n[list]!, forbidden),
    rename: (list, id) => mapId(n[list], "toOpaque", id),
  });
  return { ...base, ...shown };
}

function translate(
  item: TItem,
  seed: string,
  response: TResponse,
  direction: "toBank" | "toOpaque",
): TResponse {
  const attempt = moduleOf(item.type).attempt;
  if (!attempt || response.type !== item.type) return response;
  const n = itemNames(item, seed);
  return attempt.response(response, (list, id) => mapId(n[list], direction, id));
}

/** A response as the browser sent it (the attempt's ids) in bank ids, for validation, storage and scoring. */
export const responseToBank = (item: TItem, seed: string, response: TResponse) =>
  translate(item, seed, response, "toBank");

/** A stored response (bank ids, parsed by stored-answer.ts) in the attempt's ids. */
export const responseToClient = (item: TItem, seed: string, response: TResponse) =>
  translate(item, seed, response, "toOpaque");

/** Whether a response of this type carries ids that need the attempt's seed to translate. */
export const responseHasIds = (response: TResponse) =>
  moduleOf(response.type).attempt?.responseHasIds ?? false;

/** A reveal whose raw key names the attempt's ids, so the browser can mark what it shows. */
export function revealToClient(item: TItem, seed: string, reveal: TReveal): TReveal {
  const attempt = moduleOf(item.type).attempt;
  if (!attempt) return reveal;
  const n = itemNames(item, seed);
  const key = attempt.key(reveal.key, (list, id) => mapId(n[list], "toOpaque", id));
  return { ...reveal, key } as TReveal;
}
