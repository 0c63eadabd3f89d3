import { type Db } from "@dc/db";

const MAX_SEEDS = 20_000;
/** Attempt seeds by attempt and owner: a seed is written once, when the attempt is made, and never changes. */
const shared = globalThis as unknown as { __dcAttemptSeeds?: Map<string, string> };
const seeds = (shared.__dcAttemptSeeds ??= new Map<string, string>());

/**
 * The seed of the caller's own attempt (it translates the attempt's opaque ids back to the bank's),
 * or null when the attempt is not theirs. Read once per attempt per process: every save of an
 * exam needs it, and it cannot change, so the read would be the same each time.
 */
export async function attemptSeed(db: Db, attemptId: string, userId: string): Promise<string | null> {
  const key = `${attemptId}:${userId}`;
  const known = seeds.get(key);
  if (known !== undefined) return known;
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId }, select: { seed: true } });
  if (!attempt) return null;
  if (seeds.size >= MAX_SEEDS) seeds.clear();
  seeds.set(key, attempt.seed);
  return attempt.seed;
}
