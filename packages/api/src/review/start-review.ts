import { getItem } from "@dc/content";
import { type Db } from "@dc/db";
import { domainError } from "../contract/domain-error";
import { createReviewAttempt } from "../attempts/create-review-attempt";
import { releaseDueKeys } from "../attempts/release-keys";
import { lockUser } from "../attempts/start-attempt";
import { type Tx } from "../attempts/tx";
import { assessmentItemIds } from "../pools/pools";
import { dailyShare, startOfSchoolDay } from "./daily-limit";

export const REVIEW_SIZE = 20;
/** Like Anki's learn-ahead limit: an item due within this window is shown now rather than missed. */
export const LEARN_AHEAD_MS = 20 * 60_000;
const dueBy = (now: Date) => new Date(now.getTime() + LEARN_AHEAD_MS);

/**
 * Review offers practice items, and assessment items only once an assignment released their keys to
 * this student. Cards of an assignment's items are written only at release (release-keys.ts); this
 * filter also keeps out any card written before that rule.
 */
async function withheldItemIds(db: Db | Tx, userId: string) {
  const assessment = assessmentItemIds();
  if (!assessment.length) return [];
  const released = await db.keyRelease.findMany({
    where: { userId, itemId: { in: assessment } },
    select: { itemId: true },
    distinct: ["itemId"],
  });
  const open = new Set(released.map((r) => r.itemId));
  return assessment.filter((id) => !open.has(id));
}

/** Items the student has already reviewed today (answers made final in review sessions since midnight). */
async function reviewedToday(db: Db | Tx, userId: string, now: Date) {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Answer" a JOIN "Attempt" t ON t.id = a."attemptId"
    WHERE t."userId" = ${userId} AND t.kind = 'REVIEW' AND a."lockedAt" >= ${startOfSchoolDay(now)}`;
  return row?.n ?? 0;
}

/**
 * Today's review: the due items (most overdue first), as many as are left of the day's limit, or the
 * session already open.
 */
export async function startReview(db: Db, userId: string, now = new Date()) {
  // Not waiting for the sweep: a session starting now includes every key that is due now.
  await releaseDueKeys(db, userId, now);
  return db.$transaction(async (tx) => {
    await lockUser(tx, userId);
    const open = await tx.attempt.findFirst({ where: { userId, kind: "REVIEW", status: "IN_PROGRESS" } });
    if (open) return { id: open.id, resumed: true };
    const withheld = await withheldItemIds(tx, userId);
    const { left } = dailyShare(0, await reviewedToday(tx, userId, now));
    if (left === 0) throw domainError("DAILY_LIMIT_REACHED");
    const due = await tx.reviewCard.findMany({
      where: { userId, due: { lte: dueBy(now) }, itemId: { notIn: withheld } },
      orderBy: { due: "asc" },
      take: Math.min(REVIEW_SIZE, left),
      select: { itemId: true },
    });
    const itemIds = due.map((d) => d.itemId).filter((id) => getItem(id)); // an item retired from the bank is skipped
    if (!itemIds.length) throw domainError("NOTHING_DUE");
    const created = await createReviewAttempt(tx, userId, itemIds, now);
    return { id: created.id, resumed: false };
  });
}

/**
 * How many items are due now, how many of them fit in today's limit and how many wait for tomorrow,
 * and when the next one falls due.
 */
export async function reviewSummary(db: Db, userId: string, now = new Date()) {
  // Keys that fell due are released by the sweep (attempts/sweep.ts): reading writes nothing.
  // One statement for the counts (the dashboard's statement budget): cards of assessment items count
  // only once their key was released to this student, as in withheldItemIds.
  const [[cards], open] = await Promise.all([
    db.$queryRaw<{ due: number; total: number; next: Date | null; reviewed: number }[]>`
      SELECT count(*) FILTER (WHERE c.due <= ${dueBy(now)})::int AS due, count(*)::int AS total,
        min(c.due) FILTER (WHERE c.due > ${now}) AS next,
        (SELECT count(*) FROM "Answer" a JOIN "Attempt" t ON t.id = a."attemptId"
          WHERE t."userId" = ${userId} AND t.kind = 'REVIEW' AND a."lockedAt" >= ${startOfSchoolDay(now)})::int AS reviewed
      FROM "ReviewCard" c
      WHERE c."userId" = ${userId}
        AND (c."itemId" <> ALL(${assessmentItemIds()}::text[])
          OR EXISTS (SELECT 1 FROM "KeyRelease" k WHERE k."userId" = ${userId} AND k."itemId" = c."itemId"))`,
    db.attempt.findFirst({ where: { userId, kind: "REVIEW", status: "IN_PROGRESS" }, select: { id: true } }),
  ]);
  const share = dailyShare(cards?.due ?? 0, cards?.reviewed ?? 0);
  return {
    due: cards?.due ?? 0,
    /** Of the due items, those that fit in what is left of today's limit; the rest wait for tomorrow. */
    dueToday: share.today,
    waitingForTomorrow: share.later,
    reviewedToday: cards?.reviewed ?? 0,
    total: cards?.total ?? 0,
    nextDue: cards?.next ?? null,
    openAttemptId: open?.id ?? null,
  };
}
