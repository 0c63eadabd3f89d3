import { getItem, PENDING, rubricScore } from "@dc/content";
import { type Db } from "@dc/db";
import { recordForReview } from "../review/record-answers";
import { storeSelfGrade } from "./answer-rows";
import { answerNotFinal, attemptNotFound, notChecked, notWritten, unknownCriterion } from "./errors";
import { adjustmentMap, gradeAttempt } from "./grade";
import { checksEachAnswer } from "./policy";
import { lockAttempt, type Tx } from "./tx";

export type TSelfGradeInput = { attemptId: string; itemId: string; criteriaMet: string[] };

/**
 * Practice and review: the learner marks their own final written answer against the item's rubric,
 * having seen the model answer. Stores the marking (selfGraded, so no teacher's view counts it), sets
 * the answer's score (points met over the rubric's total) and feeds the review schedule with it, as
 * a checked answer does. Only the learner's own attempt ("not found" otherwise), only a written item
 * of it, only once its answer is final; criterion ids must be the item's. Decided once, under the
 * attempt's row lock (the lock order of tx.ts): a second self-grade returns the first unchanged.
 */
export async function selfGrade(db: Db, userId: string, input: TSelfGradeInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, input.attemptId, userId);
    if (!attempt) throw attemptNotFound();
    if (!checksEachAnswer(attempt.kind)) throw notChecked();
    const item = attempt.itemIds.includes(input.itemId) ? getItem(input.itemId) : undefined;
    if (item?.type !== "written") throw notWritten();
    const known = new Set(item.rubric.map((c) => c.id));
    const unknown = [...new Set(input.criteriaMet.filter((id) => !known.has(id)))];
    if (unknown.length) throw unknownCriterion(unknown.map((id) => `"${id}"`).join(", "));

    const key = { attemptId: input.attemptId, itemId: input.itemId };
    const answer = await tx.answer.findUnique({ where: { attemptId_itemId: key }, include: { grade: true } });
    if (!answer?.lockedAt) throw answerNotFinal();
    if (answer.grade) {
      const stored = rubricScore(item.rubric, answer.grade.criteriaMet);
      return { ...stored, criteriaMet: answer.grade.criteriaMet, created: false };
    }
    // In the rubric's order, each once, whatever order the boxes were ticked in.
    const criteriaMet = item.rubric.map((c) => c.id).filter((id) => input.criteriaMet.includes(id));
    const marked = rubricScore(item.rubric, criteriaMet);
    await storeSelfGrade(tx, { ...key, userId, criteriaMet }, marked.score, now);
    await recordForReview(tx, userId, [{ itemId: item.id, score: marked.score }], now);
    if (attempt.status === "SUBMITTED") await rescoreSubmitted(tx, attempt.id, attempt.itemIds);
    return { ...marked, criteriaMet, created: true };
  });
}

/** A practice submitted before its self-grade: its score, once no answer waits any more. */
async function rescoreSubmitted(tx: Tx, attemptId: string, itemIds: string[]) {
  const answers = await tx.answer.findMany({ where: { attemptId }, select: { itemId: true, score: true } });
  const scores = new Map(answers.map((a) => [a.itemId, a.score]));
  // A stored answer without a score still waits for its self-grade; no row at all is a skipped item.
  const scoreOf = (id: string) => (scores.has(id) ? (scores.get(id) ?? PENDING) : 0);
  const grade = gradeAttempt(itemIds, scoreOf, adjustmentMap([]));
  if (grade.score !== null)
    await tx.attempt.update({ where: { id: attemptId }, data: { score: grade.score } });
}
