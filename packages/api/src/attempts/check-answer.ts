import { checkAnswer, getItem, revealFor } from "@dc/content";
import { type Db } from "@dc/db";
import { recordForReview } from "../review/record-answers";
import { attemptExpired, attemptNotFound, attemptSubmitted, notChecked } from "./errors";
import { checksEachAnswer, isExpired } from "./policy";
import { type TSaveInput } from "./save-answer";
import { lockAttempt } from "./tx";
import { itemForResponse } from "./validate";

/**
 * Practice and review: makes one answer final, scores it and returns its key. Checking an answer
 * that is already final returns the stored result unchanged (a double click or a retry changes nothing).
 */
export async function checkPracticeAnswer(db: Db, userId: string, input: TSaveInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, input.attemptId, userId, "share");
    if (!attempt) throw attemptNotFound();
    if (!checksEachAnswer(attempt.kind)) throw notChecked();
    const item = itemForResponse(attempt.itemIds, input.itemId, input.response);
    const key = { attemptId_itemId: { attemptId: input.attemptId, itemId: input.itemId } };
    const existing = await tx.answer.findUnique({ where: key });
    if (existing?.lockedAt) {
      const stored = { score: existing.score ?? 0, correct: existing.correct ?? false };
      return { result: stored, reveal: revealFor(getItem(input.itemId)!), response: existing.response };
    }
    if (attempt.status === "SUBMITTED") throw attemptSubmitted();
    if (isExpired(attempt, now)) throw attemptExpired();
    const result = checkAnswer(item, input.response);
    const data = {
      response: input.response,
      revision: Math.max(input.revision, existing?.revision ?? 0),
      score: result.score,
      correct: result.correct,
      lockedAt: now,
    };
    await tx.answer.upsert({ where: key, create: { ...key.attemptId_itemId, ...data }, update: data });
    await recordForReview(tx, userId, [{ itemId: item.id, score: result.score }], now);
    return { result, reveal: revealFor(item), response: input.response };
  });
}
