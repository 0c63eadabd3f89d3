import { randomBytes } from "node:crypto";
import { hotTransaction, type Db } from "@dc/db";
import { noAttemptsLeft } from "../assignments/errors";
import { isExpired } from "./policy";

/** An attempt id of Prisma's cuid shape (25 characters, "c" first): time, then 80 random bits. */
export const newAttemptId = () =>
  `c${Date.now().toString(36).padStart(8, "0")}${BigInt(`0x${randomBytes(10).toString("hex")}`)
    .toString(36)
    .padStart(16, "0")}`.slice(0, 25);

/**
 * Find or create a student's attempt at an assignment under the per-user advisory lock (lock
 * order 1, as `lockUser`), so a double click or a second tab resumes the same attempt: the open one
 * if there is one, else a new attempt while attempts are left. Plain statements (hotTransaction):
 * a whole class presses Start within a minute, and Prisma's query compiler was most of this CPU.
 */
export async function openAssignmentAttempt(
  db: Db,
  a: {
    userId: string;
    assignmentId: string;
    itemIds: readonly string[];
    deadline: Date | null;
    attemptsAllowed: number;
    now: Date;
  },
): Promise<{ id: string; resumed: boolean }> {
  return hotTransaction(db, async (query) => {
    await query(`SELECT count(*)::int AS n FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS l`, [
      `attempt:${a.userId}`,
    ]);
    const attempts = await query<{ id: string; status: string; deadline: Date | null }>(
      `SELECT id, status::text AS status, deadline FROM "Attempt" WHERE "assignmentId" = $1 AND "userId" = $2`,
      [a.assignmentId, a.userId],
    );
    const open = attempts.find((t) => t.status === "IN_PROGRESS" && !isExpired(t, a.now));
    if (open) return { id: open.id, resumed: true };
    if (attempts.length >= a.attemptsAllowed) throw noAttemptsLeft();
    const [created] = await query<{ id: string }>(
      `INSERT INTO "Attempt" (id, "userId", kind, "assignmentId", "itemIds", "startedAt", deadline)
      VALUES ($1, $2, 'ASSIGNMENT', $3, $4::text[], $5::timestamp, $6::timestamp) RETURNING id`,
      [newAttemptId(), a.userId, a.assignmentId, a.itemIds, a.now, a.deadline],
    );
    return { id: created!.id, resumed: false };
  });
}
