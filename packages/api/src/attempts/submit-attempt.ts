import { hotTransaction, type Db, type RawTx } from "@dc/db";
import { recordForReview } from "../review/record-answers";
import { lockScored } from "./answer-rows";
import { attemptNotFound } from "./errors";
import {
  adjustmentMap,
  gradeAttempt,
  itemScoreOf,
  keyRuleOf,
  type TAdjustment,
  type TItemScore,
} from "./grade";
import { keysReleased, type FeedbackPolicy } from "./policy";
import { releaseAttemptKeys } from "./release-keys";
import { scoreStored } from "./score-response";

/**
 * Submits and scores an attempt exactly once: the status flip is a conditional UPDATE, so of two
 * simultaneous submissions (two tabs, a retry, the deadline sweep) only one scores; the others
 * find it submitted and return. Unanswered items score zero. An assignment's attempt is scored with
 * its teacher's item adjustments (accepted keys, full credit, dropped items).
 */
export async function finalizeAttempt(
  db: Db,
  userId: string,
  attemptId: string,
  opts: { auto: boolean; now?: Date },
): Promise<{ scoredNow: boolean }> {
  // Plain statements (hotTransaction): every student of an exam submits, and Prisma's query compiler
  // was most of a submission's CPU.
  return hotTransaction(db, (tx) => finalizeInTx(tx, userId, attemptId, opts));
}

/** `finalizeAttempt` inside a transaction the caller holds (the expiry sweep finalises a batch in one). */
export async function finalizeInTx(
  tx: RawTx,
  userId: string,
  attemptId: string,
  opts: { auto: boolean; now?: Date },
): Promise<{ scoredNow: boolean }> {
  const now = opts.now ?? new Date();
  // A regrade holds its assignment's row exclusively while it rescores: take it shared first (the
  // same order as the regrade), so this scoring runs wholly before or wholly after any regrade.
  const [assignment] = await tx.$queryRaw<
    { feedback: FeedbackPolicy; dueAt: Date; releasedAt: Date | null }[]
  >`
    SELECT s.feedback::text AS feedback, s."dueAt", s."releasedAt" FROM "Assignment" s JOIN "Attempt" a ON a."assignmentId" = s.id
    WHERE a.id = ${attemptId} AND a."userId" = ${userId} FOR SHARE OF s`;
  const flipped = await tx.$queryRaw<{ itemIds: string[]; kind: string; assignmentId: string | null }[]>`
    UPDATE "Attempt" SET status = 'SUBMITTED', "submittedAt" = ${now}, "autoSubmitted" = ${opts.auto}
    WHERE id = ${attemptId} AND "userId" = ${userId} AND status = 'IN_PROGRESS'
    RETURNING "itemIds", kind::text, "assignmentId"`;
  const attempt = flipped[0];
  if (!attempt) {
    const [exists] = await tx.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Attempt" WHERE id = ${attemptId} AND "userId" = ${userId}`;
    if (!exists?.n) throw attemptNotFound();
    return { scoredNow: false };
  }
  // One connection per transaction: queries in turn, not in parallel. Raw statements only (RawTx).
  const answers = await tx.$queryRaw<
    { itemId: string; response: unknown; lockedAt: Date | null; score: number | null }[]
  >`SELECT "itemId", response, "lockedAt", score FROM "Answer" WHERE "attemptId" = ${attemptId}`;
  const adjustmentRows: TAdjustment[] = attempt.assignmentId
    ? await tx.$queryRaw<TAdjustment[]>`
        SELECT "itemId", action::text AS action, "acceptedKeys" FROM "ItemAdjustment"
        WHERE "assignmentId" = ${attempt.assignmentId}`
    : [];
  const adjustments = adjustmentMap(adjustmentRows);
  const byItem = new Map(answers.map((a) => [a.itemId, a]));
  const fresh: { itemId: string; score: number | null; correct: boolean | null }[] = [];
  const scores = new Map<string, TItemScore>();
  for (const itemId of attempt.itemIds) {
    const answer = byItem.get(itemId);
    if (answer?.lockedAt && answer.score !== null) {
      scores.set(itemId, answer.score); // checked during practice: already final and already in review
      continue;
    }
    const result = answer
      ? scoreStored(itemId, answer.response, keyRuleOf(adjustments.get(itemId)))
      : { score: 0, correct: false };
    scores.set(itemId, itemScoreOf(result));
    fresh.push({ itemId, score: result.score, correct: result.correct }); // null while pending
  }
  const answered = fresh.filter((f) => byItem.has(f.itemId));
  await lockScored(tx, attemptId, answered, now);
  const grade = gradeAttempt(attempt.itemIds, (id) => scores.get(id), adjustments);
  await tx.$executeRaw`
    UPDATE "Attempt" SET score = ${grade.score}::float8, "maxScore" = ${grade.maxScore}::float8 WHERE id = ${attemptId}`;
  if (attempt.kind === "ASSIGNMENT") {
    // An assignment's items go to review only with their keys (see release-keys.ts).
    if (assignment && keysReleased(assignment, now)) await releaseAttemptKeys(tx, attemptId, userId, now);
    return { scoredNow: true };
  }
  // Practice leaves unchecked items out of review; a quiz counts a skipped item as missed.
  const forReview = attempt.kind === "PRACTICE" || attempt.kind === "REVIEW" ? answered : fresh;
  await recordForReview(tx, userId, scoredOnly(forReview), now);
  return { scoredNow: true };
}

/** Answers with a score: a pending one joins review once a teacher has scored it. */
const scoredOnly = <T extends { score: number | null }>(rows: T[]) =>
  rows.filter((row): row is T & { score: number } => row.score !== null);
