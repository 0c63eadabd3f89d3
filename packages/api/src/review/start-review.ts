import { getItem } from "@dc/content";
import { type Db } from "@dc/db";
import { TRPCError } from "@trpc/server";
import { shuffle } from "../attempts/draw-items";
import { lockUser } from "../attempts/start-attempt";

export const REVIEW_SIZE = 20;
/** Like Anki's learn-ahead limit: an item due within this window is shown now rather than missed. */
export const LEARN_AHEAD_MS = 20 * 60_000;
const dueBy = (now: Date) => new Date(now.getTime() + LEARN_AHEAD_MS);

/** Today's review: the due items (most overdue first, at most 20), or the session already open. */
export async function startReview(db: Db, userId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    await lockUser(tx, userId);
    const open = await tx.attempt.findFirst({ where: { userId, kind: "REVIEW", status: "IN_PROGRESS" } });
    if (open) return { id: open.id, resumed: true };
    const due = await tx.reviewCard.findMany({
      where: { userId, due: { lte: dueBy(now) } },
      orderBy: { due: "asc" },
      take: REVIEW_SIZE,
      select: { itemId: true },
    });
    const itemIds = due.map((d) => d.itemId).filter((id) => getItem(id)); // an item retired from the bank is skipped
    if (!itemIds.length) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "NOTHING_DUE" });
    const created = await tx.attempt.create({
      data: { userId, kind: "REVIEW", itemIds: shuffle(itemIds), startedAt: now },
      select: { id: true },
    });
    return { id: created.id, resumed: false };
  });
}

/** How many items are due now, and when the next one falls due. */
export async function reviewSummary(db: Db, userId: string, now = new Date()) {
  const [due, total, next, open] = await Promise.all([
    db.reviewCard.count({ where: { userId, due: { lte: dueBy(now) } } }),
    db.reviewCard.count({ where: { userId } }),
    db.reviewCard.findFirst({
      where: { userId, due: { gt: now } },
      orderBy: { due: "asc" },
      select: { due: true },
    }),
    db.attempt.findFirst({ where: { userId, kind: "REVIEW", status: "IN_PROGRESS" }, select: { id: true } }),
  ]);
  return { due, total, nextDue: next?.due ?? null, openAttemptId: open?.id ?? null };
}
