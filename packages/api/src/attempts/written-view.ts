import { PENDING, rubricScore, type TCriterionPoints, type TItem } from "@dc/content";
import { z } from "zod";
import { creditFor, type TAdjustment } from "./grade";

/*
 * What the learner's attempt view says of a written answer: whether it waits for its marking, and,
 * once the key may be shown, the marking itself (criteria met, points after the assignment's rubric
 * adjustments, the teacher's comment). Another learner's marking never comes here: the view reads
 * only the learner's own answers.
 */

/** A stored marking, as the attempt view loads it with its answer. */
export type TStoredMarking = { criteriaMet: string[]; comment: string | null; selfGraded: boolean };

export type TStoredWritten = { score: number | null; lockedAt: Date | null; grade: TStoredMarking | null };

export const ZWrittenMarking = z.object({
  /** The answer is final and waits for its marking (a teacher's, or in practice the learner's own). */
  pending: z.boolean(),
  /** Each criterion's points as this attempt counts them (the assignment's adjustments applied). */
  points: z.record(z.string(), z.number()),
  /** The marking, once the key may be shown; null before, or while pending. */
  marked: z
    .object({
      criteriaMet: z.array(z.string()),
      points: z.number(),
      maxPoints: z.number(),
      comment: z.string().nullable(),
      selfGraded: z.boolean(),
    })
    .nullable(),
});
export type TWrittenMarking = z.output<typeof ZWrittenMarking>;

/** Whether an answer waits for a marking: final, without a score, and neither dropped nor given full credit. */
export function isPendingAnswer(
  answer: { score: number | null; lockedAt: Date | null } | undefined,
  adjustment: TAdjustment | undefined,
): boolean {
  if (!answer?.lockedAt || answer.score !== null) return false;
  return creditFor(PENDING, adjustment) === PENDING;
}

/** A written item's part of the view (null for other types). */
export function writtenMarking(
  item: TItem,
  answer: TStoredWritten | undefined,
  adjustment: TAdjustment | undefined,
  adjusted: TCriterionPoints,
  showKey: boolean,
): TWrittenMarking | null {
  if (item.type !== "written") return null;
  const points = Object.fromEntries(item.rubric.map((c) => [c.id, adjusted[c.id] ?? c.points]));
  const grade = answer?.grade ?? null;
  const scored = showKey && grade !== null && answer?.score !== null;
  return {
    pending: isPendingAnswer(answer, adjustment),
    points,
    marked: scored ? markedView(item.rubric, grade, adjusted) : null,
  };
}

function markedView(
  rubric: Extract<TItem, { type: "written" }>["rubric"],
  grade: TStoredMarking,
  adjusted: TCriterionPoints,
) {
  const { points, maxPoints } = rubricScore(rubric, grade.criteriaMet, adjusted);
  const known = new Set(rubric.map((c) => c.id));
  return {
    criteriaMet: grade.criteriaMet.filter((id) => known.has(id)),
    points,
    maxPoints,
    comment: grade.comment,
    selfGraded: grade.selfGraded,
  };
}

/** An assignment's adjusted criterion points for one item, from its RubricAdjustment rows. */
export function adjustedPointsOf(
  rows: readonly { itemId: string; criterionId: string; points: number }[],
  itemId: string,
): TCriterionPoints {
  return Object.fromEntries(rows.filter((r) => r.itemId === itemId).map((r) => [r.criterionId, r.points]));
}

/** A written reveal with this assignment's criterion points, so the rubric shown counts as the score does. */
export function withAdjustedPoints<R extends { type: string; key: unknown }>(
  reveal: R,
  adjusted: TCriterionPoints,
): R {
  if (reveal.type !== "written" || Object.keys(adjusted).length === 0) return reveal;
  const key = reveal.key as { rubric: { id: string; points: number }[] };
  const rubric = key.rubric.map((c) => ({ ...c, points: adjusted[c.id] ?? c.points }));
  return { ...reveal, key: { ...key, rubric } };
}
