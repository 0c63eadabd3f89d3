import { type Db } from "@dc/db";
import { type TResponse } from "@dc/content";
import { attemptExpired, attemptNotFound, attemptSubmitted } from "./errors";
import { isExpired } from "./policy";
import { finalizeAttempt } from "./submit-attempt";
import { lockAttempt } from "./tx";
import { itemForResponse } from "./validate";

export type TSaveInput = { attemptId: string; itemId: string; response: TResponse; revision: number };

/**
 * Stores the latest response of one item. Idempotent and order-proof: a save whose revision is not
 * newer than the stored one changes nothing, so retries and out-of-order deliveries are harmless.
 */
export async function saveAnswer(db: Db, userId: string, input: TSaveInput, now = new Date()) {
  const outcome = await db.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, input.attemptId, userId, "share");
    if (!attempt) throw attemptNotFound();
    if (attempt.status === "SUBMITTED") throw attemptSubmitted();
    if (isExpired(attempt, now)) return "expired" as const;
    itemForResponse(attempt.itemIds, input.itemId, input.response);
    const response = JSON.stringify(input.response);
    await tx.$executeRaw`
      INSERT INTO "Answer" ("attemptId", "itemId", response, revision, "updatedAt")
      VALUES (${input.attemptId}, ${input.itemId}, ${response}::jsonb, ${input.revision}, ${now})
      ON CONFLICT ("attemptId", "itemId") DO UPDATE
        SET response = EXCLUDED.response, revision = EXCLUDED.revision, "updatedAt" = EXCLUDED."updatedAt"
        WHERE "Answer".revision < EXCLUDED.revision AND "Answer"."lockedAt" IS NULL`;
    const stored = await tx.answer.findUniqueOrThrow({
      where: { attemptId_itemId: { attemptId: input.attemptId, itemId: input.itemId } },
      select: { revision: true, updatedAt: true, lockedAt: true },
    });
    return {
      itemId: input.itemId,
      revision: stored.revision,
      savedAt: stored.updatedAt,
      locked: Boolean(stored.lockedAt),
    };
  });
  if (outcome === "expired") {
    // The deadline passed: score what was saved before it, then tell the client.
    await finalizeAttempt(db, userId, input.attemptId, { auto: true, now });
    throw attemptExpired();
  }
  return outcome;
}
