/**
 * Prints the whole validated bank as JSON on standard output, and nothing else:
 *   pnpm content:export > bank.json
 * `pools` lists each pool with its item ids; each item keeps its own fields (`pool` among them), with
 * `answer` as the key in words (zh) and `key` as the raw key (a written item's: its model answer and
 * rubric). `written` lists the short-answer items again, by pool, each with its rubric's `maxPoints`.
 */
import { answerText, items, lessons, moduleOf, POOLS } from "../src";
import { ZLesson } from "../src/lessons/schema";
import { rubricPoints, writtenItems } from "../src/written";

const exported = {
  // Lessons are not parsed at import (see src/lessons/index.ts), so the export checks them itself.
  lessons: lessons.map((lesson) => ZLesson.parse(lesson)),
  pools: POOLS.map((pool) => {
    const itemIds = items.filter((item) => item.pool === pool).map((item) => item.id);
    return { pool, count: itemIds.length, itemIds };
  }),
  items: items.map((item) => ({
    ...item,
    answer: answerText(item, "zh"),
    key: moduleOf(item.type).key(item),
  })),
  written: {
    pools: POOLS.map((pool) => {
      const itemIds = writtenItems.filter((item) => item.pool === pool).map((item) => item.id);
      return { pool, count: itemIds.length, itemIds };
    }),
    items: writtenItems.map((item) => ({ ...item, maxPoints: rubricPoints(item.rubric) })),
  },
};

process.stdout.write(`${JSON.stringify(exported, null, 2)}\n`);
