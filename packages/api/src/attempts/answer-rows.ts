import { type TResponse } from "@dc/content";
import { hotQuery, type Db, type RawTx } from "@dc/db";
import { type Tx } from "./tx";

/*
 * Every write of an Answer row by the attempt lifecycle (a regrade's rescoring is assignments/adjust-item.ts).
 * An answer row is written in two steps only: its response is stored while the attempt is open
 * (`storeResponse`), then it is made final with its score (`lockScored`), by a practice check or by
 * finalisation. A final answer (lockedAt set) never changes again except by a regrade.
 */

export type TStoredRow = {
  status: "IN_PROGRESS" | "SUBMITTED";
  expired: boolean;
  itemIds: string[];
  /** Set when this save was stored. */
  newRevision: number | null;
  newUpdatedAt: Date | null;
  newLockedAt: Date | null;
  /** The stored answer as it was before this statement (when this save was not newer). */
  oldRevision: number | null;
  oldUpdatedAt: Date | null;
  oldLockedAt: Date | null;
};

/**
 * Stores the latest response (in bank ids) of one item, when it is newer than the stored one and not
 * final, in one statement (the hottest path of an exam): it takes the attempt row FOR SHARE, exactly
 * as a transaction would, so no save lands after (or during) the scoring of its attempt, and writes
 * only while the attempt is open, within its deadline and grace (`cutoff`), the item is one of its
 * items and the response `fits`. Returns what it found and did; no row: no such attempt of the user.
 */
export async function storeResponse(
  db: Db,
  row: { userId: string; attemptId: string; itemId: string; response: TResponse; revision: number },
  opts: { fits: boolean; cutoff: Date; now: Date },
) {
  // Sent without Prisma's query compiler (hotQuery): ~0.5 CPU-ms less on every save of an exam.
  // $1 attempt, $2 user, $3 cutoff, $4 item, $5 response, $6 revision, $7 now, $8 fits.
  const rows = await hotQuery<TStoredRow>(
    db,
    `WITH a AS (
      SELECT id, status::text AS status, "itemIds", (deadline IS NOT NULL AND deadline < $3::timestamp) AS expired
      FROM "Attempt" WHERE id = $1 AND "userId" = $2
      FOR SHARE
    ), saved AS (
      INSERT INTO "Answer" ("attemptId", "itemId", response, revision, "updatedAt")
      SELECT a.id, $4, $5::jsonb, $6::int, $7::timestamp FROM a
      WHERE a.status = 'IN_PROGRESS' AND NOT a.expired AND $8::boolean AND $4 = ANY (a."itemIds")
      ON CONFLICT ("attemptId", "itemId") DO UPDATE
        SET response = EXCLUDED.response, revision = EXCLUDED.revision, "updatedAt" = EXCLUDED."updatedAt"
        WHERE "Answer".revision < EXCLUDED.revision AND "Answer"."lockedAt" IS NULL
      RETURNING revision, "updatedAt", "lockedAt"
    )
    SELECT a.status, a.expired, a."itemIds",
      saved.revision AS "newRevision", saved."updatedAt" AS "newUpdatedAt", saved."lockedAt" AS "newLockedAt",
      old.revision AS "oldRevision", old."updatedAt" AS "oldUpdatedAt", old."lockedAt" AS "oldLockedAt"
    FROM a
    LEFT JOIN saved ON true
    LEFT JOIN "Answer" old ON old."attemptId" = a.id AND old."itemId" = $4`,
    [
      row.attemptId,
      row.userId,
      opts.cutoff,
      row.itemId,
      JSON.stringify(row.response),
      row.revision,
      opts.now,
      opts.fits,
    ],
  );
  return rows[0] ?? null;
}

/** Makes stored answers final with their scores (finalisation scores every unscored answer at once). */
export async function lockScored(
  tx: RawTx,
  attemptId: string,
  scored: readonly { itemId: string; score: number | null; correct: boolean | null }[],
  now: Date,
) {
  if (!scored.length) return;
  await tx.$executeRaw`
    UPDATE "Answer" AS a SET score = v.score, correct = v.correct, "lockedAt" = ${now}
    FROM unnest(${scored.map((f) => f.itemId)}::text[], ${scored.map((f) => f.score)}::float8[],
      ${scored.map((f) => f.correct)}::bool[]) AS v("itemId", score, correct)
    WHERE a."attemptId" = ${attemptId} AND a."itemId" = v."itemId"`;
}

/**
 * A practice check: stores the checked response and makes it final with its score, in one write. The
 * checked response is the one stored, whatever the saves did, with a revision no lower than theirs.
 */
export async function storeChecked(
  tx: Tx,
  row: { attemptId: string; itemId: string; response: TResponse; revision: number },
  result: { score: number | null; correct: boolean | null },
  now: Date,
) {
  const key = { attemptId: row.attemptId, itemId: row.itemId };
  const data = {
    response: row.response,
    revision: row.revision,
    score: result.score,
    correct: result.correct,
    lockedAt: now,
  };
  await tx.answer.upsert({ where: { attemptId_itemId: key }, create: { ...key, ...data }, update: data });
}

/**
 * A self-grade: the learner's marking of their final written answer, and the answer's score from it.
 * Written once (a second self-grade finds the marking and changes nothing: see self-grade.ts).
 */
export async function storeSelfGrade(
  tx: Tx,
  row: { attemptId: string; itemId: string; userId: string; criteriaMet: string[] },
  score: number,
  now: Date,
) {
  const key = { attemptId: row.attemptId, itemId: row.itemId };
  await tx.writtenGrade.create({
    data: { ...key, criteriaMet: row.criteriaMet, graderId: row.userId, selfGraded: true, gradedAt: now },
  });
  await tx.answer.update({ where: { attemptId_itemId: key }, data: { score, correct: score >= 1 } });
}
