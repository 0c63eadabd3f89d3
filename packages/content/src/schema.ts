import { z } from "zod";
import { ITEM_TYPES, LESSON_IDS, POOLS, SKILLS } from "./constants";

export { ITEM_TYPES, LESSON_IDS, POOLS, SKILLS };

/**
 * The item bank's contract. Every item is validated against `ZItem` at load time and in tests;
 * answer keys live only here and in the checker, never in the public view (see public-view.ts).
 */

export const ZSkill = z.enum(SKILLS);
export type TSkill = z.infer<typeof ZSkill>;

export const ZLessonId = z.union(LESSON_IDS.map((n) => z.literal(n)));
export type TLessonId = z.infer<typeof ZLessonId>;

/** Paragraph ids: `s0-p1`, `s1-p1`..`s1-p5`, `s2-p1`..`s2-p6`, `s3-p1`..`s3-p5`, `s4-p1`..`s4-p5`, `s5-r1`..`s5-r7`. */
export const ZParagraphId = z.string().regex(/^s[0-4]-p\d+$|^s5-r[1-7]$/);

/** Text shown to the learner: Traditional Chinese always, English where the item is about meaning. */
export const ZText = z.object({ zh: z.string().min(1), en: z.string().min(1).optional() });
export type TText = z.infer<typeof ZText>;

/** A typical confusion a wrong answer reveals, e.g. "wrong-meeting", "peak-vs-2019". Kebab-case. */
export const ZMisconception = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const ZChoice = z.object({
  id: z.string().regex(/^[a-z0-9]+$/),
  text: ZText,
  misconception: ZMisconception.optional(),
});

/** A paragraph and an exact quote from it (verbatim, whitespace-free). */
export const ZSource = z.object({ paragraphId: ZParagraphId, quote: z.string().min(2) });
export type TSource = z.infer<typeof ZSource>;

/**
 * Practice items teach: their keys are shown as soon as an answer is final. Assessment items are what
 * teachers assign; their keys reach a student only when an assignment that student took releases them.
 */
export const ZPool = z.enum(POOLS);
export type TPool = z.infer<typeof ZPool>;

const ZBase = z.object({
  id: z.string().regex(/^l[0-5]-[a-z0-9]+(-[a-z0-9]+)*$/),
  pool: ZPool.default("practice"),
  lessonId: ZLessonId,
  skill: ZSkill,
  prompt: ZText,
  explanation: ZText,
  /** The paragraph that proves the answer (the one its mastery counts towards) and an exact quote from it. */
  source: ZSource,
  /** Further paragraphs the answer needs, for items that join two or more parts of the text. */
  moreSources: z.array(ZSource).min(1).optional(),
});

/** The fields every item type shares; written items (src/written) extend it outside `ZItem` for now. */
export const ZItemBase = ZBase;

export const ZSingleItem = ZBase.extend({
  type: z.literal("single"),
  choices: z.array(ZChoice).min(3).max(6),
  answer: z.string(),
});

export const ZMultiItem = ZBase.extend({
  type: z.literal("multi"),
  choices: z.array(ZChoice).min(4).max(8),
  answer: z.array(z.string()).min(1),
});

export const ZTrueFalseItem = ZBase.extend({
  type: z.literal("truefalse"),
  answer: z.boolean(),
  /** Only on a false statement: the confusion that makes it tempting. */
  misconception: ZMisconception.optional(),
});

/**
 * A number in `unit`. Units may carry a Chinese magnitude (萬, 億, 萬億) that the checker expands, so
 * "3,040億美元", "3040" and "0.304萬億美元" all mean the same for `{ answer: 3040, unit: "億美元" }`.
 * `tolerance` is absolute, in the same unit.
 */
export const ZNumericItem = ZBase.extend({
  type: z.literal("numeric"),
  answer: z.number(),
  unit: z.string(),
  tolerance: z.number().min(0),
  /**
   * For a figure the article does not state but that follows from figures it does: the arithmetic, as
   * an expression over numbers written in the item's quotes (`"67 - 31.9"`, `"41 / 96 * 100"`). Tests
   * check that every number in it is quoted and that it evaluates to `answer` within `tolerance`.
   */
  calculation: z
    .string()
    .regex(/^[\d.+\-*/() ]+$/)
    .optional(),
});

/** Only the parts the key has are asked: `{ month: 5, day: 14 }` asks month and day. */
export const ZDateValue = z
  .object({
    year: z.number().int().min(1900).max(2100).optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
  })
  .refine((d) => d.year !== undefined || d.month !== undefined, "a date needs a year or a month");
export type TDateValue = z.infer<typeof ZDateValue>;

export const ZDateItem = ZBase.extend({
  type: z.literal("date"),
  answer: ZDateValue,
});

const ZOption = z.object({ id: z.string().regex(/^[a-z0-9]+$/), text: ZText });

export const ZOrderingItem = ZBase.extend({
  type: z.literal("ordering"),
  /** Listed in any order; `answer` gives the ids in the right order (earliest first). */
  events: z.array(ZOption).min(3).max(8),
  answer: z.array(z.string()).min(3),
});

export const ZMatchingItem = ZBase.extend({
  type: z.literal("matching"),
  left: z.array(ZOption).min(2).max(8),
  right: z.array(ZOption).min(2).max(10),
  /** leftId -> rightId */
  answer: z.record(z.string(), z.string()),
});

/**
 * `text` is a sentence of the article with blanks written `{{1}}`, `{{2}}`...; `answer` maps each blank
 * to the strings accepted there (the first is the article's own words). `options`, when given, turns
 * the blanks into a word bank.
 */
export const ZClozeItem = ZBase.extend({
  type: z.literal("cloze"),
  text: z.string().regex(/\{\{\d+\}\}/),
  answer: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  options: z.array(z.string().min(1)).optional(),
});

export const ZItem = z.discriminatedUnion("type", [
  ZSingleItem,
  ZMultiItem,
  ZTrueFalseItem,
  ZNumericItem,
  ZDateItem,
  ZOrderingItem,
  ZMatchingItem,
  ZClozeItem,
]);
export type TItem = z.infer<typeof ZItem>;
export type TItemType = TItem["type"];

/** What item files are written as (checked by the schema at load time). */
export type TItemInput = z.input<typeof ZItem>;
