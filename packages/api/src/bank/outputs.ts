import { ITEM_TYPES, POOLS, ZLessonId, ZSkill, type TPublicItem } from "@dc/content";
import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type bankSummary } from "./bank-summary";
import { type listBank } from "./list-bank";

/* The bank procedures' declared outputs (see contract/same-shape.ts). */

const ZPublicItem = z.custom<TPublicItem>((v) => typeof v === "object" && v !== null);

export const ZBankSummaryOutput = z.object({
  total: z.number(),
  poolTotals: z.object({ assessment: z.number(), practice: z.number() }),
  rows: z.array(
    z.object({
      pools: z.object({
        assessment: z.object({ bySkill: z.record(z.string(), z.number()), total: z.number() }),
        practice: z.object({ bySkill: z.record(z.string(), z.number()), total: z.number() }),
      }),
      bySkill: z.record(z.string(), z.number()),
      total: z.number(),
      lessonId: z.number(),
    }),
  ),
});

export const ZListBankOutput = z.array(
  z.object({
    id: z.string(),
    pool: z.enum(POOLS),
    exposedTo: z.number().nullable(),
    lessonId: ZLessonId,
    skill: ZSkill,
    type: z.enum(ITEM_TYPES),
    prompt: z.object({ zh: z.string(), en: z.string().optional() }),
    answer: z.string(),
    explanation: z.object({ zh: z.string(), en: z.string().optional() }),
    source: z.object({ paragraphId: z.string(), quote: z.string() }),
    view: ZPublicItem,
    rubric: z
      .array(
        z.object({
          id: z.string(),
          points: z.number(),
          description: z.object({ zh: z.string(), en: z.string() }),
        }),
      )
      .nullable(),
  }),
);

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZBankSummaryOutput>, TOut<typeof bankSummary>>(true);
sameShape<z.output<typeof ZListBankOutput>, TOut<typeof listBank>>(true);
