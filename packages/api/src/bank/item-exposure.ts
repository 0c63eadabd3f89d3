import { type Db } from "@dc/db";

/**
 * For each given item, how many distinct students have had its key released by an assignment (see
 * attempts/release-keys.ts). Counted across the whole school, since every class shares one bank: a
 * teacher picking items for a test avoids the ones many students have already seen answered.
 */
export async function itemExposure(db: Db, itemIds: readonly string[]): Promise<Map<string, number>> {
  if (!itemIds.length) return new Map();
  const rows = await db.$queryRaw<{ itemId: string; students: number }[]>`
    SELECT "itemId", count(DISTINCT "userId")::int AS students FROM "KeyRelease"
    WHERE "itemId" = ANY (${[...itemIds]}::text[]) GROUP BY "itemId"`;
  return new Map(rows.map((r) => [r.itemId, r.students]));
}
