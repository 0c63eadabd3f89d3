import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { answerText } from "../src/answer-text";
import { items } from "../src/bank";
import { lessons } from "../src/lessons";
import { POOLS } from "../src/schema";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("scripts/export.ts", () => {
  it("prints only the bank as JSON: its pools, and each item with the key in words and the raw key", () => {
    const stdout = execFileSync("node", ["--import", "tsx", "scripts/export.ts"], {
      cwd: packageDir,
      encoding: "utf8",
    });
    const exported = JSON.parse(stdout) as {
      lessons: unknown[];
      pools: { pool: string; count: number; itemIds: string[] }[];
      items: Record<string, unknown>[];
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
        key: item.answer,
        explanation: item.explanation,
        source: item.source,
      });
    });
  }, 30_000);
});
