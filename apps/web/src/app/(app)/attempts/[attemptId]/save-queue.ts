import type { TResponse } from "@dc/content";

/**
 * The browser's record of answers not yet confirmed by the server. Each edit gets a higher revision;
 * the server keeps only the newest revision, so resending is always safe. Pure functions, so the
 * offline behaviour can be tested without a browser.
 */
export type TEntry = { response: TResponse; revision: number; state: "pending" | "sending" | "saved" };
export type TQueue = Record<string, TEntry>;

/** A new response for an item: one revision above anything the server or this tab has seen. */
export function edit(queue: TQueue, itemId: string, response: TResponse, serverRevision: number): TQueue {
  const revision = Math.max(serverRevision, queue[itemId]?.revision ?? 0) + 1;
  return { ...queue, [itemId]: { response, revision, state: "pending" } };
}

export function markSending(queue: TQueue, itemId: string, revision: number): TQueue {
  const entry = queue[itemId];
  if (!entry || entry.revision !== revision) return queue;
  return { ...queue, [itemId]: { ...entry, state: "sending" } };
}

/** The server has `revision`: the entry is saved unless a newer edit arrived meanwhile. */
export function markSaved(queue: TQueue, itemId: string, revision: number): TQueue {
  const entry = queue[itemId];
  if (!entry || entry.revision > revision) return queue;
  return { ...queue, [itemId]: { ...entry, revision, state: "saved" } };
}

/** A send failed (offline, server away): back to pending, to be retried. */
export function markFailed(queue: TQueue, itemId: string, revision: number): TQueue {
  const entry = queue[itemId];
  if (!entry || entry.revision !== revision || entry.state === "saved") return queue;
  return { ...queue, [itemId]: { ...entry, state: "pending" } };
}

export const unsaved = (queue: TQueue) =>
  Object.entries(queue).filter(([, entry]) => entry.state !== "saved");

/**
 * After a reload: answers kept in this browser that the server has not got yet (a higher revision)
 * stay queued; everything the server already has is taken from the server.
 */
export function restore(stored: TQueue, serverRevisions: Record<string, number>): TQueue {
  const out: TQueue = {};
  for (const [itemId, entry] of Object.entries(stored)) {
    if (entry.state !== "saved" && entry.revision > (serverRevisions[itemId] ?? 0)) {
      out[itemId] = { ...entry, state: "pending" };
    }
  }
  return out;
}
