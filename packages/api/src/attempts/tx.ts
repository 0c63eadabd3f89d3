import { type Db } from "@dc/db";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/*
 * Lock order of the attempt lifecycle (ARCHITECTURE.md, "Lock order"). Every transaction takes the
 * locks it needs in this order, never backwards, so two of them cannot wait on each other:
 *   1. advisory locks: the per-user "find or create" lock (lockUser) or the expiry sweep's lock;
 *   2. the Assignment row (a regrade FOR UPDATE, a finalisation FOR SHARE);
 *   3. the Attempt row (a save FOR SHARE, a practice check FOR UPDATE, a finalisation's UPDATE);
 *   4. its Answer rows, then the student's ReviewCard and KeyRelease rows.
 */

/**
 * Locks the attempt row FOR UPDATE for the rest of the transaction (a practice check), so checks of
 * one attempt run one after another and none lands during its finalisation, which updates the row.
 */
export async function lockAttempt(tx: Tx, attemptId: string, userId: string) {
  const rows = await tx.$queryRaw<LockedAttempt[]>`
    SELECT id, kind::text, status::text, deadline, "itemIds", seed FROM "Attempt"
    WHERE id = ${attemptId} AND "userId" = ${userId} FOR UPDATE`;
  return rows[0] ?? null;
}

export type LockedAttempt = {
  id: string;
  kind: "PRACTICE" | "QUIZ" | "REVIEW" | "ASSIGNMENT";
  status: "IN_PROGRESS" | "SUBMITTED";
  deadline: Date | null;
  itemIds: string[];
  seed: string;
};
