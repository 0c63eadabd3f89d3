/**
 * This instance's memory of refusals the shared store (PostgreSQL) has already decided, so that a
 * burst against a locked account or a blocked address is refused without a database round trip.
 * The store stays the one that decides: an entry is written only from its answer, and it never
 * outlives the block it remembers (`localMs` ≤ what the store said), so every instance still
 * shares the same limits; at worst an instance asks the store again a little early.
 *
 * Not rate-limiter-flexible's `inMemoryBlockOnConsumed`: without `inMemoryBlockDuration` it would
 * keep the window's remaining time (15 min) for a try that raced the start of a 1-minute lockout;
 * with it, every refusal's Retry-After becomes that fixed duration, hiding the growing lockout.
 */
type Entry = { localUntil: number; retryAt: number };

const MAX_ENTRIES = 10_000;
// On globalThis: Next bundles this module once per route; every copy must see the same refusals.
const shared = globalThis as unknown as { __dcSignInRefusals?: Map<string, Entry> };
const entries = (shared.__dcSignInRefusals ??= new Map<string, Entry>());

/** Remembers a refusal: refuse here for `localMs`; tell the client to retry after `retryAfterMs`. */
export function rememberRefusal(limit: string, key: string, localMs: number, retryAfterMs = localMs) {
  if (localMs <= 0) return;
  const now = Date.now();
  if (entries.size >= MAX_ENTRIES) sweep(now);
  entries.set(`${limit}:${key}`, {
    localUntil: now + localMs,
    retryAt: now + Math.max(localMs, retryAfterMs),
  });
}

/** Milliseconds until the remembered refusal may be retried, or 0 when this instance knows of none. */
export function knownRefusalMs(limit: string, key: string): number {
  const id = `${limit}:${key}`;
  const entry = entries.get(id);
  if (!entry) return 0;
  const now = Date.now();
  if (entry.localUntil <= now) {
    entries.delete(id);
    return 0;
  }
  return entry.retryAt - now;
}

function sweep(now: number) {
  for (const [id, entry] of entries) if (entry.localUntil <= now) entries.delete(id);
  // Still full (an attack on many accounts at once): drop the oldest; the store still refuses them.
  for (const id of entries.keys()) {
    if (entries.size < MAX_ENTRIES) break;
    entries.delete(id);
  }
}
