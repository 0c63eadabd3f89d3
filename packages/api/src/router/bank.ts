import { ITEM_TYPES, POOLS, ZLessonId, ZSkill } from "@dc/content";
import { z } from "zod";
import { bankSummary } from "../bank/bank-summary";
import { listBank } from "../bank/list-bank";
import { createTRPCRouter, teacherProcedure } from "../trpc";
import { ZBankSummaryOutput, ZListBankOutput } from "../bank/outputs";

/** The item bank with its keys: teachers only, since students must not see a key before answering. */
export const bankRouter = createTRPCRouter({
  summary: teacherProcedure.output(ZBankSummaryOutput).query(() => bankSummary()),

  /** The bank, filtered by lesson, skill and item type (each optional), for browsing and hand-picking. */
  list: teacherProcedure
    .input(
      z
        .object({
          lessonId: ZLessonId.optional(),
          skill: ZSkill.optional(),
          type: z.enum(ITEM_TYPES).optional(),
          pool: z.enum(POOLS).optional(),
        })
        .strict(),
    )
    .output(ZListBankOutput)
    .query(({ ctx, input }) => listBank(ctx.db, input)),
});
