import { LESSON_IDS, ZLessonId, ZParagraphId } from "@dc/content";
import { z } from "zod";
import { readingOf, saveReading, toReading } from "../reading/save-reading";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const readingRouter = createTRPCRouter({
  get: protectedProcedure
    .input(z.object({ lessonId: ZLessonId }).strict())
    .query(({ ctx, input }) => readingOf(ctx.db, ctx.session.id, input.lessonId)),

  list: protectedProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db.readingProgress.findMany({ where: { userId: ctx.session.id } });
    return LESSON_IDS.map((id) => toReading(id, rows.find((r) => r.lessonId === id) ?? null));
  }),

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
