import { randomBytes } from "node:crypto";
import { hotTransaction, type Db } from "@dc/db";
import { noAttemptsLeft } from "../assignments/errors";
import { isExpired } from "./policy";
import { lockUser } from "./start-attempt";

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
  return hotTransaction(db, async (tx) => {
    await lockUser(tx, a.userId);
    const attempts = await tx.$queryRaw<{ id: string; status: string; deadline: Date | null }[]>`
      SELECT id, status::text AS status, deadline FROM "Attempt"
      WHERE "assignmentId" = ${a.assignmentId} AND "userId" = ${a.userId}`;
    const open = attempts.find((t) => t.status === "IN_PROGRESS" && !isExpired(t, a.now));
    if (open) return { id: open.id, resumed: true };
    if (attempts.length >= a.attemptsAllowed) throw noAttemptsLeft();
    const [created] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Attempt" (id, "userId", kind, "assignmentId", "itemIds", "startedAt", deadline)
      VALUES (${newAttemptId()}, ${a.userId}, 'ASSIGNMENT', ${a.assignmentId}, ${a.itemIds}::text[],
        ${a.now}::timestamp, ${a.deadline}::timestamp)
      RETURNING id`;
    return { id: created!.id, resumed: false };
  });
}
