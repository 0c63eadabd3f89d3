import { z } from "zod";
import { WRITTEN_MAX_CHARS } from "../constants";
import { ZItemBase, ZSource } from "./base";
import { PENDING, type TItemTypeModule } from "./module";

/*
 * A short answer: the learner explains part of the argument in a sentence or a paragraph of their own
 * Chinese, and a teacher (in practice, the learner) marks it against the item's rubric. Its score is not
 * known at submit. The items are in ../items/written, also exported on their own as `@dc/content/written`.
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
  /** One answer that meets every criterion, in the article's terms; shown with the rubric once revealed. */
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

/** The learner's text, up to WRITTEN_MAX_CHARS characters (the api cleans it like any text). */
export const ZWrittenResponse = z.object({
  type: z.literal("written"),
  text: z.string().max(WRITTEN_MAX_CHARS),
});

type I = TWrittenItem;
type R = z.infer<typeof ZWrittenResponse>;
/** Before the answer is final a browser sees the prompt and the points at stake, never the rubric. */
type V = { type: "written"; points: number };
/** Revealed once the answer is final (practice) or released (assessment). */
type K = Pick<I, "modelAnswer" | "rubric">;

/** A criterion's points for one assignment: the teacher's adjustment, else the bank's. */
export type TCriterionPoints = Readonly<Record<string, number>>;

/**
 * The score of a marking: the points of the criteria met over the rubric's total, both with the
 * assignment's adjusted points (`adjusted`, by criterion id) where a teacher changed them. Unknown ids
 * count nothing (a criterion removed from the bank after the marking).
 */
export function rubricScore(
  rubric: readonly Pick<TCriterion, "id" | "points">[],
  criteriaMet: readonly string[],
  adjusted: TCriterionPoints = {},
): { points: number; maxPoints: number; score: number } {
  const pointsOf = (c: Pick<TCriterion, "id" | "points">) => adjusted[c.id] ?? c.points;
  const met = new Set(criteriaMet);
  const points = rubric.filter((c) => met.has(c.id)).reduce((sum, c) => sum + pointsOf(c), 0);
  const maxPoints = rubric.reduce((sum, c) => sum + pointsOf(c), 0);
  return { points, maxPoints, score: maxPoints > 0 ? points / maxPoints : 0 };
}

/** A blank answer cannot be marked: say so before it is stored as final. */
const validate = (_item: I, response: R) =>
  response.text.trim() === "" ? "a written answer needs some text" : null;

export const written = {
  type: "written",
  item: ZWrittenItem,
  response: ZWrittenResponse,
  label: { en: "written answer", zh: "文字作答" },
  validate,
  score: () => PENDING,
  publicView: (item): V => ({ type: "written", points: rubricPoints(item.rubric) }),
  key: (item): K => ({ modelAnswer: item.modelAnswer, rubric: item.rubric }),
  answerText: (item, lang) => item.modelAnswer[lang],
  responseText: (_item, r) => r.text,
  keyResponse: (item) => ({ type: "written", text: item.modelAnswer.zh }),
  wrongResponse: () => ({ type: "written", text: "不知道。" }),
  attempt: null,
  widening: null,
} satisfies TItemTypeModule<"written", I, R, V, K>;
