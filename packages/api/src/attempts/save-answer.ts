import { getItem, type TItem, type TResponse } from "@dc/content";
import { type Db } from "@dc/db";
import { storeResponse } from "./answer-rows";
import { attemptExpired, attemptNotFound } from "./errors";
import { GRACE_MS } from "./policy";
import { finalizeAttempt } from "./submit-attempt";
import { responseHasIds, responseToBank } from "./present-item";
import { refuseClosed, refuseMisfit, responseProblem } from "./validate";
import { attemptSeed } from "./seed-cache";

export type TSaveInput = { attemptId: string; itemId: string; response: TResponse; revision: number };

/**
 * Stores the latest response of one item. Idempotent and order-proof: a save whose revision is not
 * newer than the stored one changes nothing, so retries and out-of-order deliveries are harmless.
 * The response is validated once (`responseProblem`); the statement (answer-rows.ts) writes only
 * when it fits and the attempt is open, and the refusal, if any, is decided from what it found.
 */
export async function saveAnswer(db: Db, userId: string, input: TSaveInput, now = new Date()) {
  const item = getItem(input.itemId);
  const response = item ? await inBankIds(db, userId, input, item) : input.response;
  const problem = responseProblem(item, response);
  const cutoff = new Date(now.getTime() - GRACE_MS); // a deadline before this has passed, grace included
  const row = await storeResponse(
    db,
    { userId, attemptId: input.attemptId, itemId: input.itemId, response, revision: input.revision },
    { fits: problem === null, cutoff, now },
  );
  if (!row) throw attemptNotFound();
  if (row.status === "IN_PROGRESS" && row.expired) {
    // The deadline passed: score what was saved before it (this is a write already), then tell the client.
    await finalizeAttempt(db, userId, input.attemptId, { auto: true, now });
    throw attemptExpired();
  }
  refuseClosed(row);
  refuseMisfit(row.itemIds, input.itemId, problem); // nothing was stored for these
  if (row.newRevision !== null) {
    return {
      itemId: input.itemId,
      revision: row.newRevision,
      savedAt: row.newUpdatedAt!,
      locked: Boolean(row.newLockedAt),
    };
  }
  // Not newer than what is stored (or final): the stored answer as this statement found it, unless
  // a save of the same item committed while it ran (two tabs at once); then read what won.
  if (row.oldRevision !== null && (row.oldRevision >= input.revision || row.oldLockedAt)) {
    return {
      itemId: input.itemId,
      revision: row.oldRevision,
      savedAt: row.oldUpdatedAt!,
      locked: Boolean(row.oldLockedAt),
    };
  }
  const stored = await db.answer.findUniqueOrThrow({
    where: { attemptId_itemId: { attemptId: input.attemptId, itemId: input.itemId } },
    select: { revision: true, updatedAt: true, lockedAt: true },
  });
  return {
    itemId: input.itemId,
    revision: stored.revision,
    savedAt: stored.updatedAt,
    locked: Boolean(stored.lockedAt),
  };
}

/**
 * The response in bank ids. Choices, events and matching options arrive under the attempt's opaque
 * ids, which only its seed translates (one primary-key read per attempt and process; other types need none). An attempt that
 * is not the caller's leaves the response as sent, and the save statement then finds no attempt.
 */
async function inBankIds(db: Db, userId: string, input: TSaveInput, item: TItem): Promise<TResponse> {
  if (!responseHasIds(input.response)) return input.response;
  const seed = await attemptSeed(db, input.attemptId, userId);
  return seed === null ? input.response : responseToBank(item, seed, input.response);
}
