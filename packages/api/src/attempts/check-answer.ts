import {
  checkAnswer,
  getItem,
  isPending,
  PENDING_SCORE,
  revealFor,
  type TCheckResult,
  type TResponse,
} from "@dc/content";
import { type Db } from "@dc/db";
import { recordForReview } from "../review/record-answers";
import { storeChecked } from "./answer-rows";
import { attemptNotFound, notChecked } from "./errors";
import { checksEachAnswer, isExpired } from "./policy";
import { responseToBank, responseToClient, revealToClient } from "./present-item";
import { type TSaveInput } from "./save-answer";
import { parseStoredResponse } from "./stored-answer";
import { lockAttempt } from "./tx";
import { refuseClosed, refuseMisfit, responseProblem } from "./validate";

/**
 * Practice and review: makes one answer final, scores it and returns its key. Decided once: the
 * attempt row is locked FOR UPDATE, so concurrent checks of an attempt run one after another; the
 * first makes the answer final and updates the review card, the others find it final and get the
 * stored result unchanged (as does a double click or a retry). The answer is refused by the same
 * rules as a save (validate.ts).
 */
/** A checked answer: its score (or pending), the key, and the response as this attempt names it. */
type TChecked = {
  result: TCheckResult;
  reveal: ReturnType<typeof revealToClient>;
  response: TResponse | null;
};

export async function checkPracticeAnswer(db: Db, userId: string, input: TSaveInput, now = new Date()) {
  return db.$transaction(async (tx): Promise<TChecked> => {
    const attempt = await lockAttempt(tx, input.attemptId, userId);
    if (!attempt) throw attemptNotFound();
    if (!checksEachAnswer(attempt.kind)) throw notChecked();
    const bankItem = getItem(input.itemId);
    const response = bankItem ? responseToBank(bankItem, attempt.seed, input.response) : input.response;
    const item = refuseMisfit(attempt.itemIds, input.itemId, responseProblem(bankItem, response));
    const reveal = revealToClient(item, attempt.seed, revealFor(item));
    const key = { attemptId_itemId: { attemptId: input.attemptId, itemId: input.itemId } };
    const existing = await tx.answer.findUnique({ where: key });
    if (existing?.lockedAt) {
      // A final answer without a score waits for its marking (a written one): still pending.
      const stored: TCheckResult =
        existing.score === null
          ? PENDING_SCORE
          : { score: existing.score, correct: existing.correct ?? false };
      const storedResponse = parseStoredResponse(existing.response, item);
      const shown = storedResponse && responseToClient(item, attempt.seed, storedResponse);
      return { result: stored, reveal, response: shown };
    }
    refuseClosed({ status: attempt.status, expired: isExpired(attempt, now) });
    const result = checkAnswer(item, response);
    const revision = Math.max(input.revision, existing?.revision ?? 0);
    await storeChecked(tx, { attemptId: input.attemptId, itemId: item.id, response, revision }, result, now);
    // A pending score (a teacher grades it) has nothing for review yet.
    if (!isPending(result))
      await recordForReview(tx, userId, [{ itemId: item.id, score: result.score }], now);
    return { result, reveal, response: input.response };
  });
}
