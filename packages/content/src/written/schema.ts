import { z } from "zod";

import { ZItemBase, ZSource } from "../schema";

/**
 * Written (short-answer) items: the learner explains part of the argument in a sentence or a paragraph
 * of their own Chinese, and a teacher (or, in practice, the learner) marks it against a rubric. They are
 * kept out of `ZItem` and the bank until the api can grade them (see README.md, "Written items").
 */

/** Both languages, always: a teacher grades in Chinese, and the interface also runs in English. */
export const ZBilingualText = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** Rubric sizes: a few criteria a teacher can toggle with the keyboard, a few points in all. */
export const RUBRIC_CRITERIA = { min: 2, max: 4 } as const;
export const RUBRIC_POINTS = { min: 2, max: 6 } as const;

/**
 * One thing a good answer does, worth `points`. `sources` are the paragraphs that support it, each with
 * an exact quote (checked verbatim by the tests), so a teacher can see why the criterion is right.
 */
export const ZCriterion = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  points: z.number().int().min(1).max(RUBRIC_POINTS.max),
  description: ZBilingualText,
  sources: z.array(ZSource).min(1),
});
export type TCriterion = z.infer<typeof ZCriterion>;

export function rubricPoints(rubric: readonly Pick<TCriterion, "points">[]): number {
  return rubric.reduce((sum, criterion) => sum + criterion.points, 0);
}

export const ZWrittenItem = ZItemBase.extend({
  type: z.literal("written"),
  prompt: ZBilingualText,
  /** One answer that meets every criterion, in the article's terms; shown with the rubric once released. */
  modelAnswer: ZBilingualText,
  rubric: z
    .array(ZCriterion)
    .min(RUBRIC_CRITERIA.min)
    .max(RUBRIC_CRITERIA.max)
    .refine((rubric) => {
      const total = rubricPoints(rubric);
      return total >= RUBRIC_POINTS.min && total <= RUBRIC_POINTS.max;
    }, `a rubric is worth ${RUBRIC_POINTS.min} to ${RUBRIC_POINTS.max} points in all`),
});
export type TWrittenItem = z.infer<typeof ZWrittenItem>;
export type TWrittenItemInput = z.input<typeof ZWrittenItem>;
