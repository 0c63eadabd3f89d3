import { ZLessonId, ZParagraphId } from "@dc/content";
import { z } from "zod";
import { listReading } from "../reading/list-reading";
import { readingOf, saveReading } from "../reading/save-reading";
import { createTRPCRouter, protectedProcedure } from "../trpc";
import { ZReadingOutput, ZListReadingOutput } from "../reading/outputs";

export const readingRouter = createTRPCRouter({
  get: protectedProcedure
    .input(z.object({ lessonId: ZLessonId }).strict())
    .output(ZReadingOutput)
    .query(({ ctx, input }) => readingOf(ctx.db, ctx.session.id, input.lessonId)),

  list: protectedProcedure.output(ZListReadingOutput).query(({ ctx }) => listReading(ctx.db, ctx.session.id)),

  save: protectedProcedure
    .input(
      z
        .object({
          lessonId: ZLessonId,
          seenParagraphIds: z.array(ZParagraphId).max(40),
          lastParagraphId: ZParagraphId.optional(),
          completed: z.boolean().optional(),
        })
        .strict(),
    )
    .output(ZReadingOutput)
    .mutation(({ ctx, input }) => saveReading(ctx.db, ctx.session.id, input)),
});
