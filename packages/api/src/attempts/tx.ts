import { type Db } from "@dc/db";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Locks the attempt row for the rest of the transaction. Saves take a shared lock and submission an
 * exclusive one, so no save can land after (or during) the scoring of its attempt.
 */
export async function lockAttempt(tx: Tx, attemptId: string, userId: string, mode: "share" | "update") {
  const rows =
    mode === "share"
      ? await tx.$queryRaw<LockedAttempt[]>`
          SELECT id, kind::text, status::text, deadline, "itemIds", seed FROM "Attempt"
          WHERE id = ${attemptId} AND "userId" = ${userId} FOR SHARE`
      : await tx.$queryRaw<LockedAttempt[]>`
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
