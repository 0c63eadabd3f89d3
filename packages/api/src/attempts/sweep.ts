import { type Db } from "@dc/db";
import { GRACE_MS } from "./policy";
import { releaseAttemptKeys } from "./release-keys";
import { finalizeInTx } from "./submit-attempt";
import { type Tx } from "./tx";

/** At most this many attempts per kind of work in one tick; the next tick takes the rest. */
export const SWEEP_BUDGET = 200;

/**
 * One deployment-wide lock: of several web instances sharing a database, one sweeps at a time and the
 * others skip their tick. A transaction-level lock, so it ends with its transaction on any pooled
 * connection (a session-level one could be released on another connection than it was taken on).
 */
async function trySweepLock(tx: Tx) {
  const [row] = await tx.$queryRaw<{ got: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(hashtext('dc:attempt-sweep')) AS got`;
  return row?.got === true;
}

type TStep = "locked" | "none" | "done";

/**
 * One piece of work in its own short transaction, under the sweep lock: the lock comes first, as the
 * lock order asks (tx.ts), then whatever rows the work locks. "locked": another runner is sweeping.
 */
async function step(db: Db, work: (tx: Tx) => Promise<boolean>): Promise<TStep> {
  return db.$transaction(async (tx) => {
    if (!(await trySweepLock(tx))) return "locked";
    return (await work(tx)) ? "done" : "none";
  });
}

/** Finalises the oldest open attempt past its deadline and grace; false when there is none. */
async function finalizeNextExpired(tx: Tx, now: Date) {
  const cutoff = new Date(now.getTime() - GRACE_MS);
  const [expired] = await tx.$queryRaw<{ id: string; userId: string }[]>`
    SELECT id, "userId" FROM "Attempt"
    WHERE status = 'IN_PROGRESS' AND deadline < ${cutoff}
    ORDER BY deadline LIMIT 1`;
  if (!expired) return false;
  await finalizeInTx(tx, expired.userId, expired.id, { auto: true, now });
  return true;
}

/**
 * Releases the keys of the next submitted assignment attempt whose keys are due (AFTER_DUE past its
 * due time, a setting the teacher loosened to IMMEDIATE, or "release now"); false when there is none.
 */
async function releaseNextDueKeys(tx: Tx, now: Date) {
  const [due] = await tx.$queryRaw<{ id: string; userId: string }[]>`
    SELECT t.id, t."userId" FROM "Attempt" t JOIN "Assignment" s ON s.id = t."assignmentId"
    WHERE t.status = 'SUBMITTED' AND t."keysReleasedAt" IS NULL AND t.kind = 'ASSIGNMENT'
      AND (s.feedback = 'IMMEDIATE' OR (s.feedback = 'AFTER_DUE' AND s."dueAt" <= ${now})
        OR s."releasedAt" <= ${now})
    ORDER BY t."submittedAt" LIMIT 1`;
  if (!due) return false;
  return releaseAttemptKeys(tx, due.id, due.userId, now);
}

export type TSweepResult = { finalized: number; released: number; skipped: boolean };

/**
 * The attempt lifecycle's scheduled work, so that reading never writes: attempts whose time ran out
 * while nobody was looking (the tab was closed) are finalised from what was saved, and assignment
 * keys that fell due are released (recorded, and fed to review). Each attempt is finalised by the
 * engine's own `finalizeInTx`, which scores once even if the student submits at the same moment.
 */
export async function sweepAttempts(db: Db, now = new Date()): Promise<TSweepResult> {
  const result: TSweepResult = { finalized: 0, released: 0, skipped: false };
  const jobs = [
    { work: (tx: Tx) => finalizeNextExpired(tx, now), count: "finalized" as const },
    { work: (tx: Tx) => releaseNextDueKeys(tx, now), count: "released" as const },
  ];
  for (const job of jobs) {
    for (let n = 0; n < SWEEP_BUDGET; n++) {
      const outcome = await step(db, job.work);
      if (outcome === "locked") return { ...result, skipped: true };
      if (outcome === "none") break;
      result[job.count] += 1;
    }
  }
  return result;
}
