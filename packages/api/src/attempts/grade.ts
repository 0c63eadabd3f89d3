import { isPending, PENDING, type TCheckResult, type TPending } from "@dc/content";
import { type TKeyRule } from "./score-response";

export type TAdjustmentAction = "FULL_CREDIT" | "DROP" | "ACCEPT_ANSWER";

/** A teacher's correction of one item of an assignment, as scoring needs it. */
export type TAdjustment = { itemId: string; action: TAdjustmentAction; acceptedKeys?: unknown };

export type TAdjustments = ReadonlyMap<string, TAdjustment>;

export const adjustmentMap = (rows: readonly TAdjustment[]): TAdjustments =>
  new Map(rows.map((row) => [row.itemId, row]));

/** The extra keys an item's adjustment accepts, for `scoreStored`. */
export function keyRuleOf(adjustment: TAdjustment | undefined): TKeyRule {
  if (adjustment?.action !== "ACCEPT_ANSWER" || !Array.isArray(adjustment.acceptedKeys)) return undefined;
  return { acceptedKeys: adjustment.acceptedKeys as unknown[] };
}

/**
 * An item's score as grading reads it: a number, PENDING while a teacher has yet to score it (a written
 * answer), or nothing (unanswered or never scored: 0).
 */
export type TItemScore = number | TPending | null | undefined;

/** What grading keeps of a scoring result: its score, or PENDING. */
export const itemScoreOf = (result: TCheckResult): number | TPending =>
  isPending(result) ? PENDING : result.score;

/**
 * What one item counts for in the grade: null when dropped (out of the points possible too), 1 when
 * everyone gets full credit (answered or not), PENDING while it waits for a teacher, otherwise the
 * answer's score (0 when unanswered). ACCEPT_ANSWER is already in the answer's score, which was scored
 * under every accepted key.
 */
export function creditFor(
  answerScore: number | null | undefined,
  adjustment: TAdjustment | undefined,
): number | null;
export function creditFor(
  answerScore: TItemScore,
  adjustment: TAdjustment | undefined,
): number | TPending | null;
export function creditFor(answerScore: TItemScore, adjustment: TAdjustment | undefined) {
  if (adjustment?.action === "DROP") return null;
  if (adjustment?.action === "FULL_CREDIT") return 1;
  return answerScore ?? 0;
}

/**
 * Points are kept to millionths of a point. A sum of partial credits depends on the order it is added
 * in (31/6 comes out as 5.166666666666666 or …667 depending on the attempt's shuffled order), so every
 * total is rounded here, once, and equal scores are then equal numbers that compare exactly.
 */
export const roundPoints = (points: number) => Math.round(points * 1e6) / 1e6;

/** An attempt's grade, or its pending state: some items still wait for a teacher, so no score yet. */
export type TGrade = { score: number; maxScore: number } | { score: null; maxScore: number; pending: number };

/**
 * An attempt's grade: the sum of its items' credit out of the items not dropped, in exact points; a
 * null score with the number of pending items while any item waits for a teacher.
 */
export function gradeAttempt(
  itemIds: readonly string[],
  scoreOf: (itemId: string) => TItemScore,
  adjustments: TAdjustments,
): TGrade {
  let score = 0;
  let maxScore = 0;
  let pending = 0;
  for (const itemId of itemIds) {
    const credit = creditFor(scoreOf(itemId), adjustments.get(itemId));
    if (credit === null) continue;
    if (credit === PENDING) pending += 1;
    else score += credit;
    maxScore += 1;
  }
  return pending ? { score: null, maxScore, pending } : { score: roundPoints(score), maxScore };
}

/** 0..1, or null when nothing counts (every item dropped) or the attempt is not scored. */
export function fractionOf(score: number | null, maxScore: number | null) {
  if (score === null || maxScore === null || maxScore <= 0) return null;
  return score / maxScore;
}
