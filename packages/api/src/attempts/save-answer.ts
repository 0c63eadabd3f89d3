import { getItem, validateResponseFor, type TItem, type TResponse } from "@dc/content";
import { hotQuery, type Db } from "@dc/db";
import { attemptExpired, attemptNotFound, attemptSubmitted } from "./errors";
import { GRACE_MS } from "./policy";
import { finalizeAttempt } from "./submit-attempt";
import { responseHasIds, responseToBank } from "./present-item";
import { attemptSeed } from "./seed-cache";
import { itemForResponse } from "./validate";

export type TSaveInput = { attemptId: string; itemId: string; response: TResponse; revision: number };

type SaveRow = {
  status: "IN_PROGRESS" | "SUBMITTED";
  expired: boolean;
  itemIds: string[];
  /** Set when this save was stored. */
  newRevision: number | null;
  newUpdatedAt: Date | null;
  newLockedAt: Date | null;
  /** The stored answer as it was before this statement (when this save was not newer). */
  oldRevision: number | null;
  oldUpdatedAt: Date | null;
  oldLockedAt: Date | null;
};

/**
 * Stores the latest response of one item. Idempotent and order-proof: a save whose revision is not
 * newer than the stored one changes nothing, so retries and out-of-order deliveries are harmless.
 *
 * One statement (the hottest path of an exam, sent without Prisma's query compiler): it takes the attempt row FOR SHARE, exactly as a
 * transaction would, so no save lands after (or during) the scoring of its attempt, and writes only
 * while the attempt is open, within its deadline and grace, and the item is one of its items.
 */
export async function saveAnswer(db: Db, userId: string, input: TSaveInput, now = new Date()) {
  const item = getItem(input.itemId);
  const bankResponse = item ? await inBankIds(db, userId, input, item) : input.response;
  const fits = item !== undefined && validateResponseFor(item, bankResponse) === null;
  const response = JSON.stringify(bankResponse);
  const cutoff = new Date(now.getTime() - GRACE_MS); // a deadline before this has passed, grace included
  // $1 attempt, $2 user, $3 cutoff, $4 item, $5 response, $6 revision, $7 now, $8 fits.
  const rows = await hotQuery<SaveRow>(
    db,
    `WITH a AS (
      SELECT id, status::text AS status, "itemIds", (deadline IS NOT NULL AND deadline < $3::timestamp) AS expired
      FROM "Attempt" WHERE id = $1 AND "userId" = $2
      FOR SHARE
    ), saved AS (
      INSERT INTO "Answer" ("attemptId", "itemId", response, revision, "updatedAt")
      SELECT a.id, $4, $5::jsonb, $6::int, $7::timestamp FROM a
      WHERE a.status = 'IN_PROGRESS' AND NOT a.expired AND $8::boolean AND $4 = ANY (a."itemIds")
      ON CONFLICT ("attemptId", "itemId") DO UPDATE
        SET response = EXCLUDED.response, revision = EXCLUDED.revision, "updatedAt" = EXCLUDED."updatedAt"
        WHERE "Answer".revision < EXCLUDED.revision AND "Answer"."lockedAt" IS NULL
      RETURNING revision, "updatedAt", "lockedAt"
    )
    SELECT a.status, a.expired, a."itemIds",
      saved.revision AS "newRevision", saved."updatedAt" AS "newUpdatedAt", saved."lockedAt" AS "newLockedAt",
      old.revision AS "oldRevision", old."updatedAt" AS "oldUpdatedAt", old."lockedAt" AS "oldLockedAt"
    FROM a
    LEFT JOIN saved ON true
    LEFT JOIN "Answer" old ON old."attemptId" = a.id AND old."itemId" = $4`,
    [input.attemptId, userId, cutoff, input.itemId, response, input.revision, now, fits],
  );
  const row = rows[0];
  if (!row) throw attemptNotFound();
  if (row.status === "SUBMITTED") throw attemptSubmitted();
  if (row.expired) {
    // The deadline passed: score what was saved before it, then tell the client.
    await finalizeAttempt(db, userId, input.attemptId, { auto: true, now });
    throw attemptExpired();
  }
  itemForResponse(row.itemIds, input.itemId, bankResponse); // throws the clear error when nothing was stored for that
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
