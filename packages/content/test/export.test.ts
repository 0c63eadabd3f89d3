import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { answerText } from "../src/answer-text";
import { moduleOf } from "../src/item-types/registry";
import { items } from "../src/bank";
import { lessons } from "../src/lessons";
import { POOLS } from "../src/schema";
import { rubricPoints, writtenItems } from "../src/written";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("scripts/export.ts", () => {
  it("prints only the bank as JSON: its pools, and each item with the key in words and the raw key", () => {
    const stdout = execFileSync("node", ["--import", "tsx", "scripts/export.ts"], {
      cwd: packageDir,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024, // the bank and the written items are over 1 MB of JSON
    });
    const exported = JSON.parse(stdout) as {
      lessons: unknown[];
      pools: { pool: string; count: number; itemIds: string[] }[];
      items: Record<string, unknown>[];
      written: {
        pools: { pool: string; count: number; itemIds: string[] }[];
        items: Record<string, unknown>[];
      };
    };
    expect(exported.lessons).toHaveLength(lessons.length);
    expect(exported.pools.map((entry) => entry.pool)).toEqual([...POOLS]);
    for (const entry of exported.pools) {
      const ids = items.filter((item) => item.pool === entry.pool).map((item) => item.id);
      expect(entry).toEqual({ pool: entry.pool, count: ids.length, itemIds: ids });
    }
    expect(exported.items).toHaveLength(items.length);
    items.forEach((item, index) => {
      const row = exported.items[index];
      expect(row).toMatchObject({
        id: item.id,
        lessonId: item.lessonId,
        pool: item.pool,
        skill: item.skill,
        type: item.type,
        prompt: item.prompt,
        answer: answerText(item, "zh"),
        key: moduleOf(item.type).key(item),
        explanation: item.explanation,
        source: item.source,
      });
    });
    // Written items ride along, apart from the bank, with their rubric and its total.
    for (const entry of exported.written.pools) {
      const ids = writtenItems.filter((item) => item.pool === entry.pool).map((item) => item.id);
      expect(entry).toEqual({ pool: entry.pool, count: ids.length, itemIds: ids });
    }
    expect(exported.written.items).toHaveLength(writtenItems.length);
    writtenItems.forEach((item, index) => {
      expect(exported.written.items[index]).toMatchObject({
        id: item.id,
        pool: item.pool,
        modelAnswer: item.modelAnswer,
        rubric: item.rubric,
        maxPoints: rubricPoints(item.rubric),
      });
    });
  }, 30_000);
});
