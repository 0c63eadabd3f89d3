import { z } from "zod";
import { LESSON_IDS, POOLS, SKILLS } from "../constants";

/*
 * What every item has, whatever its type. Each type's module (./single.ts, ./cloze.ts…) extends
 * `ZItemBase` with its own fields and `answer`.
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

/** A choice of a single- or multiple-choice item. */
export const ZChoice = z.object({
  id: z.string().regex(/^[a-z0-9]+$/),
  text: ZText,
  misconception: ZMisconception.optional(),
});

/** An event to order or an option to match. */
export const ZOption = z.object({ id: z.string().regex(/^[a-z0-9]+$/), text: ZText });

/** A paragraph and an exact quote from it (verbatim, whitespace-free). */
export const ZSource = z.object({ paragraphId: ZParagraphId, quote: z.string().min(2) });
export type TSource = z.infer<typeof ZSource>;

/**
 * Practice items teach: their keys are shown as soon as an answer is final. Assessment items are what
 * teachers assign; their keys reach a student only when an assignment that student took releases them.
 */
export const ZPool = z.enum(POOLS);
export type TPool = z.infer<typeof ZPool>;

export const ZItemBase = z.object({
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

/* What a learner's browser sends is capped, so that a hostile client cannot make the server store or
 * compare large payloads: strings <= 200 characters, arrays <= 20, records <= 20 keys. */
const MAX_STRING = 200;
const MAX_ENTRIES = 20;

export const ZShortString = z.string().max(MAX_STRING);
export const ZShortList = z.array(ZShortString).max(MAX_ENTRIES);
export const ZShortRecord = z
  .record(ZShortString, ZShortString)
  .refine((record) => Object.keys(record).length <= MAX_ENTRIES, `at most ${MAX_ENTRIES} entries`);
