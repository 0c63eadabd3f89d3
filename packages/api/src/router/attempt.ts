import { RUBRIC_CRITERIA, ZLessonId, ZResponse } from "@dc/content";

import { z } from "zod";
import { checkPracticeAnswer } from "../attempts/check-answer";
import { saveAnswer } from "../attempts/save-answer";
import { startLessonAttempt } from "../attempts/start-attempt";
import { finalizeAttempt } from "../attempts/submit-attempt";
import { ZAttemptView, ZChecked, ZRecentAttempts, ZSaved, ZSelfGraded, ZStarted } from "../attempts/outputs";
import { selfGrade } from "../attempts/self-grade";
import { viewAttempt } from "../attempts/view-attempt";
import { createTRPCRouter, limited, studentProcedure } from "../trpc";

const ZAttemptId = z.string().min(1).max(40);
const ZAnswerInput = z
  .object({
    attemptId: ZAttemptId,
    itemId: z.string().min(1).max(80),
    response: ZResponse,
    revision: z.number().int().min(1).max(1_000_000),
  })
  .strict();

export const attemptRouter = createTRPCRouter({
  startLesson: studentProcedure
    .use(limited("attemptStartUser"))
    .input(
      z
        .object({ kind: z.enum(["PRACTICE", "QUIZ"]), lessonId: ZLessonId, timed: z.boolean().optional() })
        .strict(),
    )
    .output(ZStarted)
    .mutation(({ ctx, input }) => startLessonAttempt(ctx.db, ctx.session.id, input)),

  get: studentProcedure
    .input(z.object({ attemptId: ZAttemptId }).strict())
    .output(ZAttemptView)
    .query(({ ctx, input }) => viewAttempt(ctx.db, ctx.session.id, input.attemptId)),

  save: studentProcedure
    .input(ZAnswerInput)
    .output(ZSaved)
    .mutation(({ ctx, input }) => saveAnswer(ctx.db, ctx.session.id, input)),

  check: studentProcedure
    .use(limited("practiceCheckUser"))
    .input(ZAnswerInput)
    .output(ZChecked)
    .mutation(({ ctx, input }) => checkPracticeAnswer(ctx.db, ctx.session.id, input)),

  /** Practice and review: the learner marks their own final written answer against its rubric. */
  selfGrade: studentProcedure
    .use(limited("practiceCheckUser"))
    .input(
      z
        .object({
          attemptId: ZAttemptId,
          itemId: z.string().min(1).max(80),
          criteriaMet: z.array(z.string().min(1).max(60)).max(RUBRIC_CRITERIA.max),
        })
        .strict(),
    )
    .output(ZSelfGraded)
    .mutation(({ ctx, input }) => selfGrade(ctx.db, ctx.session.id, input)),

  submit: studentProcedure
    .input(z.object({ attemptId: ZAttemptId }).strict())
    .output(ZAttemptView)
    .mutation(async ({ ctx, input }) => {
      await finalizeAttempt(ctx.db, ctx.session.id, input.attemptId, { auto: false });
      return viewAttempt(ctx.db, ctx.session.id, input.attemptId);
    }),

  /** The student's recent attempts, newest first, for resuming and for history. */
  recent: studentProcedure.output(ZRecentAttempts).query(({ ctx }) =>
    ctx.db.attempt.findMany({
      where: { userId: ctx.session.id, assignmentId: null },
      orderBy: { startedAt: "desc" },
      take: 20,
      select: {
        id: true,
        kind: true,
        lessonId: true,
        status: true,
        startedAt: true,
        submittedAt: true,
        score: true,
        itemIds: true,
        deadline: true,
      },
    }),
  ),
});
