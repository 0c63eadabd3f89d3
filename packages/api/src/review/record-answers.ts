import { type RawTx } from "@dc/db";
import { nextCard, type TStoredCard } from "./schedule";

/** Feeds final answers into the student's FSRS cards: one read and one batched write. */
export async function recordForReview(
  tx: RawTx,
  userId: string,
  results: { itemId: string; score: number }[],
  now: Date,
) {
  if (!results.length) return;
  // Raw statements only: this runs inside a submission's plain-statement transaction too (hotTransaction).
  const existing = await tx.$queryRaw<(TStoredCard & { itemId: string })[]>`
    SELECT "itemId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses,
      state, "lastReview"
    FROM "ReviewCard" WHERE "userId" = ${userId} AND "itemId" = ANY (${results.map((r) => r.itemId)}::text[])`;
  const byItem = new Map(existing.map((c) => [c.itemId, c]));
  const cards = results.map(({ itemId, score }) => ({
    itemId,
    ...nextCard(byItem.get(itemId) ?? null, score, now),
  }));
  const col = <K extends keyof (typeof cards)[number]>(key: K) => cards.map((c) => c[key]);
  await tx.$executeRaw`
    INSERT INTO "ReviewCard" ("userId", "itemId", due, stability, difficulty, "elapsedDays", "scheduledDays",
      "learningSteps", reps, lapses, state, "lastReview")
    SELECT ${userId}, * FROM unnest(${col("itemId")}::text[], ${col("due")}::timestamp[], ${col("stability")}::float8[],
      ${col("difficulty")}::float8[], ${col("elapsedDays")}::int[], ${col("scheduledDays")}::int[],
      ${col("learningSteps")}::int[], ${col("reps")}::int[], ${col("lapses")}::int[], ${col("state")}::int[],
      ${col("lastReview")}::timestamp[])
    ON CONFLICT ("userId", "itemId") DO UPDATE SET due = EXCLUDED.due, stability = EXCLUDED.stability,
      difficulty = EXCLUDED.difficulty, "elapsedDays" = EXCLUDED."elapsedDays",
      "scheduledDays" = EXCLUDED."scheduledDays", "learningSteps" = EXCLUDED."learningSteps",
      reps = EXCLUDED.reps, lapses = EXCLUDED.lapses, state = EXCLUDED.state, "lastReview" = EXCLUDED."lastReview"`;
}
