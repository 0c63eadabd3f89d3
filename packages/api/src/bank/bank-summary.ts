import { items, POOLS, SKILLS, type TItem } from "@dc/content";
import { drawable } from "../pools/pools";

/** How many items the bank holds, by pool, lesson and skill (the teacher's bank overview). */
export function bankSummary() {
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
}
