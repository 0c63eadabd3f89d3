import {
  answerText,
  ITEM_TYPES,
  items,
  POOLS,
  SKILLS,
  toPublicItem,
  ZLessonId,
  ZSkill,
  type TItem,
} from "@dc/content";
import { z } from "zod";
import { itemExposure } from "../bank/item-exposure";
import { drawable } from "../pools/pools";
import { createTRPCRouter, teacherProcedure } from "../trpc";

/** The item bank with its keys: teachers only, since students must not see a key before answering. */
export const bankRouter = createTRPCRouter({
  summary: teacherProcedure.query(() => {
    const count = (of: readonly TItem[], lessonId: number) => {
      const mine = of.filter((i) => i.lessonId === lessonId);
      return {
        bySkill: Object.fromEntries(SKILLS.map((s) => [s, mine.filter((i) => i.skill === s).length])),
        total: mine.length,
      };
    };
    // Per pool, what an assignment's random draw may take (written items are picked by hand).
    const byPool = Object.fromEntries(
      POOLS.map((pool) => [pool, items.filter((i) => i.pool === pool && drawable(i))]),
    );
    return {
      total: items.length,
      /** Items per pool that a draw may take, for the new-assignment form (assessment by default). */
      poolTotals: Object.fromEntries(POOLS.map((pool) => [pool, byPool[pool]!.length])) as Record<
        (typeof POOLS)[number],
        number
      >,
      rows: [0, 1, 2, 3, 4, 5].map((lessonId) => ({
        lessonId,
        ...count(items, lessonId),
        pools: Object.fromEntries(POOLS.map((pool) => [pool, count(byPool[pool]!, lessonId)])) as Record<
          (typeof POOLS)[number],
          ReturnType<typeof count>
        >,
      })),
    };
  }),

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
    .query(async ({ ctx, input }) => {
      const found = items.filter(
        (item) =>
          (input.lessonId === undefined || item.lessonId === input.lessonId) &&
          (input.skill === undefined || item.skill === input.skill) &&
          (input.type === undefined || item.type === input.type) &&
          (input.pool === undefined || item.pool === input.pool),
      );
      const exposure = await itemExposure(
        ctx.db,
        found.filter((item) => item.pool === "assessment").map((item) => item.id),
      );
      return found.map((item) => ({
        id: item.id,
        pool: item.pool,
        /** Assessment items: how many students have had the key released (null for practice items). */
        exposedTo: item.pool === "assessment" ? (exposure.get(item.id) ?? 0) : null,
        lessonId: item.lessonId,
        skill: item.skill,
        type: item.type,
        prompt: item.prompt,
        answer: answerText(item, "zh"),
        explanation: item.explanation,
        source: item.source,
        /** The item as a student sees it (choices, events...), for a preview. */
        view: toPublicItem(item),
        /** A written item's criteria, which the teacher marks against (null for other types). */
        rubric:
          item.type === "written"
            ? item.rubric.map(({ id, points, description }) => ({ id, points, description }))
            : null,
      }));
    }),
});
