import { getItem } from "@dc/content";
import { type Db, type RawTx } from "@dc/db";
import { recordForReview } from "../review/record-answers";
import { keysReleased } from "./policy";

/**
 * Releases the keys of one submitted assignment attempt to its student, once: records which item keys
 * reached whom (the teacher's exposure counts and review's gate read these rows) and only now feeds
 * the attempt's answers to review, so review never offers an item whose key is still withheld.
 * A conditional UPDATE decides, so two concurrent releases record and feed review once.
 */
export async function releaseAttemptKeys(tx: RawTx, attemptId: string, userId: string, now: Date) {
  const flipped = await tx.$queryRaw<{ itemIds: string[] }[]>`
    UPDATE "Attempt" SET "keysReleasedAt" = ${now}
    WHERE id = ${attemptId} AND "userId" = ${userId} AND kind = 'ASSIGNMENT' AND status = 'SUBMITTED'
      AND "keysReleasedAt" IS NULL
    RETURNING "itemIds"`;
  const itemIds = flipped[0]?.itemIds;
  if (!itemIds?.length) return false;
  // Raw statements only: this runs inside a submission's plain-statement transaction too (hotTransaction).
  await tx.$executeRaw`
    INSERT INTO "KeyRelease" ("attemptId", "itemId", "userId", "releasedAt")
    SELECT ${attemptId}, "itemId", ${userId}, ${now}::timestamp FROM unnest(${itemIds}::text[]) AS i("itemId")
    ON CONFLICT DO NOTHING`;
  const answers = await tx.$queryRaw<{ itemId: string; score: number | null }[]>`
    SELECT "itemId", score FROM "Answer" WHERE "attemptId" = ${attemptId}`;
  const scores = new Map(answers.map((a) => [a.itemId, a.score ?? 0]));
  // As a quiz does: an item left blank counts as missed. Written items stay out: their marking is a
  // teacher's (pending here), and review practises them by self-grade (practice/self-grade.ts).
  await recordForReview(
    tx,
    userId,
    itemIds
      .filter((itemId) => getItem(itemId)?.type !== "written")
      .map((itemId) => ({ itemId, score: scores.get(itemId) ?? 0 })),
    now,
  );
  return true;
}

/**
 * Releases every submitted assignment attempt of the student whose keys are due by now (AFTER_DUE
 * past its due time, a policy the teacher loosened, or the teacher's "release now"), when a review
 * session starts; the sweep (sweep.ts) releases everyone else's.
 */
export async function releaseDueKeys(db: Db, userId: string, now = new Date()) {
  const pending = await db.attempt.findMany({
    where: { userId, kind: "ASSIGNMENT", status: "SUBMITTED", keysReleasedAt: null },
    select: { id: true, assignment: { select: { feedback: true, dueAt: true, releasedAt: true } } },
  });
  const due = pending.filter((a) => a.assignment && keysReleased(a.assignment, now));
  for (const attempt of due) {
    await db.$transaction((tx) => releaseAttemptKeys(tx, attempt.id, userId, now));
  }
  return due.length;
}
