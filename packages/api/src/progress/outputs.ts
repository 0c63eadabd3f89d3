import { ZLessonId, ZSkill } from "@dc/content";
import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type studentDashboard } from "./dashboard";

/* The progress procedures' declared outputs (see contract/same-shape.ts). */

export const ZStudentDashboardOutput = z.object({
  skills: z.array(
    z.object({ mastery: z.number().nullable(), answered: z.number(), total: z.number(), skill: ZSkill }),
  ),
  lessons: z.array(
    z.object({
      mastery: z.number().nullable(),
      answered: z.number(),
      total: z.number(),
      lessonId: ZLessonId,
      reading: z.object({
        lessonId: z.number(),
        seenParagraphIds: z.array(z.string()),
        lastParagraphId: z.string().nullable(),
        completedAt: z.date().nullable(),
        fractionRead: z.number(),
      }),
      practised: z.number(),
      quizzes: z.number(),
      bestQuizScore: z.number().nullable(),
    }),
  ),
  paragraphs: z.array(
    z.object({
      level: z.enum(["unseen", "learning", "developing", "secure"]),
      mastery: z.number().nullable(),
      answered: z.number(),
      total: z.number(),
      paragraphId: z.string(),
      sectionId: z.enum(["s0", "s1", "s2", "s3", "s4", "s5"]),
    }),
  ),
  scores: z.array(
    z.object({
      attemptId: z.string(),
      kind: z.enum(["ASSIGNMENT", "PRACTICE", "QUIZ", "REVIEW"]),
      lessonId: z.number().nullable(),
      title: z.string().nullable(),
      at: z.date(),
      percent: z.number(),
    }),
  ),
  activity: z.array(
    z.object({ day: z.string(), answers: z.number(), correct: z.number(), avgScore: z.number().nullable() }),
  ),
  review: z.object({
    due: z.number(),
    dueToday: z.number(),
    waitingForTomorrow: z.number(),
    reviewedToday: z.number(),
    total: z.number(),
    nextDue: z.date().nullable(),
    openAttemptId: z.string().nullable(),
  }),
  lessonTitles: z.array(z.object({ id: ZLessonId, title: z.object({ zh: z.string(), en: z.string() }) })),
});

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZStudentDashboardOutput>, TOut<typeof studentDashboard>>(true);
