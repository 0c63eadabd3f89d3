import { getItem, isPending, revealFor, type TResponse } from "@dc/content";
import { type Db } from "@dc/db";
import { randomUUID } from "node:crypto";
import { shuffle } from "../attempts/draw-items";
import { adjustmentMap, creditFor, gradeAttempt, keyRuleOf } from "../attempts/grade";
import { itemNotInAttempt } from "../attempts/errors";
import { GRACE_MS } from "../attempts/policy";
import { presentItem, responseToBank, revealToClient } from "../attempts/present-item";
import { scoreStored } from "../attempts/score-response";
import { refuseMisfit, responseProblem } from "../attempts/validate";
import { ownedAssignment } from "./owned-assignment";

/*
 * "Preview as a student": the teacher takes the assignment in the student's player, and nothing is
 * written: no attempt, no answer, no key release, no exposure. A preview has a seed of its own (the
 * student's attempt would have one too), which the browser keeps and sends back to have answers
 * checked; the teacher may see keys anyway, so the seed is no secret here.
 */

/** The items as a new attempt would show them: in a new shuffled order when shuffling is on. */
export async function previewAssignment(db: Db, teacherId: string, input: { assignmentId: string }) {
  const found = await ownedAssignment(db, teacherId, input.assignmentId);
  const dropped = await db.itemAdjustment.count({ where: { assignmentId: found.id, action: "DROP" } });
  const seed = randomUUID();
  const itemIds = found.shuffle ? shuffle(found.itemIds) : found.itemIds;
  return {
    assignmentId: found.id,
    classId: found.classId,
    title: found.title,
    seed,
    timeLimitMinutes: found.timeLimitSec === null ? null : found.timeLimitSec / 60,
    graceMs: GRACE_MS,
    maxScore: found.itemIds.length - dropped,
    items: itemIds.map((itemId) => {
      const item = getItem(itemId);
      if (!item) throw new Error(`assignment ${found.id} holds unknown item ${itemId}`);
      return presentItem(item, seed);
    }),
  };
}

export type TPreviewCheck = {
  assignmentId: string;
  seed: string;
  responses: { itemId: string; response: TResponse | null }[];
};

/**
 * Scores preview answers as a submission would (with the teacher's corrections) and returns each
 * item's key, for the preview's "check" and "submit"; writes nothing.
 */
export async function checkPreview(db: Db, teacherId: string, input: TPreviewCheck) {
  const found = await ownedAssignment(db, teacherId, input.assignmentId);
  const adjustments = adjustmentMap(await db.itemAdjustment.findMany({ where: { assignmentId: found.id } }));
  const scores = new Map<string, number>();
  const items = input.responses.map(({ itemId, response }) => {
    const bankItem = getItem(itemId);
    const bank = bankItem && response ? responseToBank(bankItem, input.seed, response) : null;
    const item = bank
      ? refuseMisfit(found.itemIds, itemId, responseProblem(bankItem, bank))
      : itemOf(found.itemIds, itemId);
    const result = bank
      ? scoreStored(itemId, bank, keyRuleOf(adjustments.get(itemId)))
      : { score: 0, correct: false };
    // Like the student's view, a score a teacher has yet to give counts as 0 here.
    const shown = isPending(result) ? { score: 0, correct: false } : result;
    scores.set(itemId, shown.score);
    return {
      itemId,
      result: shown,
      reveal: revealToClient(item, input.seed, revealFor(item)),
      credit: creditFor(shown.score, adjustments.get(itemId)),
    };
  });
  const grade = gradeAttempt(found.itemIds, (id) => scores.get(id), adjustments);
  // Nothing is pending here (pending counts as 0 above), so the grade always has a score.
  return { items, score: grade.score ?? 0, maxScore: grade.maxScore };
}

/** An item of the assignment checked with no answer, or the same refusal as an answer to a stranger. */
function itemOf(itemIds: string[], itemId: string) {
  const item = itemIds.includes(itemId) ? getItem(itemId) : undefined;
  if (!item) throw itemNotInAttempt();
  return item;
}
