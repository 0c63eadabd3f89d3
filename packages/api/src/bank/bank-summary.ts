import { items, POOLS, SKILLS, type TItem } from "@dc/content";

/** How many items the bank holds, by pool, lesson and skill (the teacher's bank overview). */
export function bankSummary() {
  const count = (of: readonly TItem[], lessonId: number) => {
    const mine = of.filter((i) => i.lessonId === lessonId);
    return {
      bySkill: Object.fromEntries(SKILLS.map((s) => [s, mine.filter((i) => i.skill === s).length])),
      total: mine.length,
    };
  };
  const byPool = Object.fromEntries(POOLS.map((pool) => [pool, items.filter((i) => i.pool === pool)]));
  return {
    total: items.length,
    /** Items per pool, for the new-assignment form (assignments draw from the assessment pool by default). */
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
}
