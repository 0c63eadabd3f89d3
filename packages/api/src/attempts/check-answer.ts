import { checkAnswer, getItem, isPending, revealFor, type TResponse } from "@dc/content";
import { type Db } from "@dc/db";
import { recordForReview } from "../review/record-answers";
import { attemptExpired, attemptNotFound, attemptSubmitted, notChecked } from "./errors";
import { checksEachAnswer, isExpired } from "./policy";
import { responseToBank, responseToClient, revealToClient } from "./present-item";
import { type TSaveInput } from "./save-answer";
import { lockAttempt } from "./tx";
import { itemForResponse } from "./validate";

/**
 * Practice and review: makes one answer final, scores it and returns its key. Decided once: the
 * attempt row is locked FOR UPDATE, so concurrent checks of an attempt run one after another; the
 * first makes the answer final and updates the review card, the others find it final and get the
 * stored result unchanged (as does a double click or a retry).
 */
export async function checkPracticeAnswer(db: Db, userId: string, input: TSaveInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, input.attemptId, userId, "update");
    if (!attempt) throw attemptNotFound();
    if (!checksEachAnswer(attempt.kind)) throw notChecked();
    const bankItem = getItem(input.itemId);
    const response = bankItem ? responseToBank(bankItem, attempt.seed, input.response) : input.response;
    const item = itemForResponse(attempt.itemIds, input.itemId, response);
    const toClient = (stored: unknown) => responseToClient(item, attempt.seed, stored) as TResponse;
    const reveal = revealToClient(item, attempt.seed, revealFor(item));
    const key = { attemptId_itemId: { attemptId: input.attemptId, itemId: input.itemId } };
    const existing = await tx.answer.findUnique({ where: key });
    if (existing?.lockedAt) {
      const stored = { score: existing.score ?? 0, correct: existing.correct ?? false };
      return { result: stored, reveal, response: toClient(existing.response) };
    }
    if (attempt.status === "SUBMITTED") throw attemptSubmitted();
    if (isExpired(attempt, now)) throw attemptExpired();
    const result = checkAnswer(item, response);
    const data = {
      response,
      revision: Math.max(input.revision, existing?.revision ?? 0),
      score: result.score,
      correct: result.correct,
      lockedAt: now,
    };
    await tx.answer.upsert({ where: key, create: { ...key.attemptId_itemId, ...data }, update: data });
    // A pending score (a teacher grades it) has nothing for review yet.
    if (!isPending(result))
      await recordForReview(tx, userId, [{ itemId: item.id, score: result.score }], now);
    return { result, reveal, response: input.response };
  });
}
