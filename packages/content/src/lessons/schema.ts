import { z } from "zod";

import { SECTION_IDS } from "../article/types";
import { ZLessonId, ZParagraphId } from "../schema";

/** Lesson text is always given in both languages. */
export const ZBilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type TBilingual = z.infer<typeof ZBilingual>;

/** A date or figure of the lesson's text: `text` as the article writes it, and what it refers to. */
export const ZKeyFact = z.object({
  paragraphId: ZParagraphId,
  kind: z.enum(["date", "figure"]),
  text: z.string().min(1),
  about: ZBilingual,
});

/** A term as the article writes it (it occurs verbatim in `paragraphId`), with an English rendering. */
export const ZGlossaryEntry = z.object({
  term: z.string().min(1),
  english: z.string().min(1),
  paragraphId: ZParagraphId,
  explanation: ZBilingual,
});

/**
 * An event on a timeline. `date` sorts as text: "1980" (a decade or year), "2006-12", "2020-05-14";
 * `when` says it as the article does ("上世紀80年代", "2006年底").
 */
export const ZTimelineEvent = z.object({
  date: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/),
  when: ZBilingual,
  label: ZBilingual,
  paragraphId: ZParagraphId,
});

export const ZLesson = z.object({
  id: ZLessonId,
  sectionId: z.enum(SECTION_IDS),
  title: ZBilingual,
  objectives: z.array(ZBilingual).min(2),
  paragraphIds: z.array(ZParagraphId).min(1),
  /** Written in our own words, not quoted. */
  summary: ZBilingual,
  keyFacts: z.array(ZKeyFact),
  glossary: z.array(ZGlossaryEntry).min(1),
  timeline: z.array(ZTimelineEvent),
});
export type TLesson = z.infer<typeof ZLesson>;
export type TKeyFact = z.infer<typeof ZKeyFact>;
export type TGlossaryEntry = z.infer<typeof ZGlossaryEntry>;
export type TTimelineEvent = z.infer<typeof ZTimelineEvent>;
