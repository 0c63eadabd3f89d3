import { answerText, ITEM_TYPES, items, SKILLS, toPublicItem, ZLessonId, ZSkill } from "@dc/content";
import { z } from "zod";
import { createTRPCRouter, teacherProcedure } from "../trpc";

/** The item bank with its keys: teachers only, since students must not see a key before answering. */
export const bankRouter = createTRPCRouter({
  summary: teacherProcedure.query(() => {
    const counts = new Map<string, number>();
    for (const item of items) {
      const key = `${item.lessonId}:${item.skill}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return {
      total: items.length,
      rows: [0, 1, 2, 3, 4, 5].map((lessonId) => ({
        lessonId,
        bySkill: Object.fromEntries(SKILLS.map((s) => [s, counts.get(`${lessonId}:${s}`) ?? 0])),
        total: items.filter((i) => i.lessonId === lessonId).length,
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
        })
        .strict(),
    )
    .query(({ input }) =>
      items
        .filter(
          (item) =>
            (input.lessonId === undefined || item.lessonId === input.lessonId) &&
            (input.skill === undefined || item.skill === input.skill) &&
            (input.type === undefined || item.type === input.type),
        )
        .map((item) => ({
          id: item.id,
          lessonId: item.lessonId,
          skill: item.skill,
          type: item.type,
          prompt: item.prompt,
          answer: answerText(item, "zh"),
          explanation: item.explanation,
          source: item.source,
          /** The item as a student sees it (choices, events...), for a preview. */
          view: toPublicItem(item),
        })),
    ),
});
