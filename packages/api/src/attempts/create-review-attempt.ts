import { shuffle } from "./draw-items";
import { type Tx } from "./tx";

/**
 * Opens a review session over these items, in a shuffled order. The caller holds the student's
 * "find or create" lock (lockUser, lock order 1) and has found no session open.
 */
export async function createReviewAttempt(tx: Tx, userId: string, itemIds: string[], now: Date) {
  return tx.attempt.create({
    data: { userId, kind: "REVIEW", itemIds: shuffle(itemIds), startedAt: now },
    select: { id: true },
  });
}
