import { ZLessonId, ZParagraphId } from "@dc/content";
import { z } from "zod";
import { listReading } from "../reading/list-reading";
import { readingOf, saveReading } from "../reading/save-reading";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const readingRouter = createTRPCRouter({
  get: protectedProcedure
    .input(z.object({ lessonId: ZLessonId }).strict())
    .query(({ ctx, input }) => readingOf(ctx.db, ctx.session.id, input.lessonId)),

  list: protectedProcedure.query(({ ctx }) => listReading(ctx.db, ctx.session.id)),

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
    .mutation(({ ctx, input }) => saveReading(ctx.db, ctx.session.id, input)),
});
