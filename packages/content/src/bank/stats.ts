import { ITEM_TYPES, LESSON_IDS, POOLS, SKILLS, type TItem, type TPool } from "../schema";
import { keyBalanceProblems, keyPositions, type TKeyPositions } from "./quality";

export type TCounts = Record<string, number>;

export type TPoolStats = {
  pool: TPool | "all";
  total: number;
  byLesson: TCounts;
  bySkill: TCounts;
  byType: TCounts;
  /** How many paragraphs items rest on: "1", "2", "3"... */
  bySources: TCounts;
  /** Numeric items whose key is calculated from the article's figures. */
  calculated: number;
  keyPositions: TKeyPositions;
  balanceProblems: string[];
};

function countBy(items: readonly TItem[], keys: readonly (string | number)[], key: (item: TItem) => string) {
  const counts: TCounts = Object.fromEntries(keys.map((k) => [String(k), 0]));
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function statsOf(pool: TPoolStats["pool"], items: readonly TItem[]): TPoolStats {
  return {
    pool,
    total: items.length,
    byLesson: countBy(items, LESSON_IDS, (item) => String(item.lessonId)),
    bySkill: countBy(items, SKILLS, (item) => item.skill),
    byType: countBy(items, ITEM_TYPES, (item) => item.type),
    bySources: countBy(items, [1, 2], (item) => String(1 + (item.moreSources?.length ?? 0))),
    calculated: items.filter((item) => item.type === "numeric" && item.calculation !== undefined).length,
    keyPositions: keyPositions(items),
    balanceProblems: keyBalanceProblems(items),
  };
}

/** Counts by pool (each pool, then both), lesson, skill, type and number of sources, and key positions. */
export function bankStats(items: readonly TItem[]): TPoolStats[] {
  return [
    ...POOLS.map((pool) =>
      statsOf(
        pool,
        items.filter((item) => item.pool === pool),
      ),
    ),
    statsOf("all", items),
  ];
}
