import { responseToBank } from "@dc/api";
import { getItem, type TResponse } from "@dc/content";
import pg from "pg";
import { type ExamRun } from "./exam";

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Review-card repetitions per student of the assignment's class, over its items. Scoring an
 * assignment attempt feeds every item into the student's cards once, so the growth of this sum
 * over a run tells how many times each student's attempt was scored.
 */
export function reviewReps(url: string, assignmentId: string) {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ userId: string; reps: number }>(
      `SELECT e."studentId" AS "userId", coalesce(sum(c.reps), 0)::int AS reps
       FROM "Assignment" s
       JOIN "Enrollment" e ON e."classId" = s."classId"
       LEFT JOIN "ReviewCard" c ON c."userId" = e."studentId" AND c."itemId" = ANY (s."itemIds")
       WHERE s.id = $1
       GROUP BY e."studentId"`,
      [assignmentId],
    );
    return new Map(rows.map((r) => [r.userId, r.reps]));
  });
}

/** Key order does not matter in jsonb: compare responses in one canonical form. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export type ExamCheck = {
  answersStored: number;
  answersExpected: number;
  /** Answers whose last given revision (and response) the database does not hold. */
  lost: number;
  lostSamples: string[];
  submissionsScoredOnce: number;
  doubleScored: number;
  attempts: number;
};

/** Every answer each simulated student last gave, compared with the database; and the scoring count. */
export async function checkExam(
  url: string,
  assignmentId: string,
  run: ExamRun,
  repsBefore: Map<string, number>,
): Promise<ExamCheck> {
  const repsAfter = await reviewReps(url, assignmentId);
  return withClient(url, async (client) => {
    const answers = await client.query<{
      attemptId: string;
      itemId: string;
      revision: number;
      response: unknown;
    }>(
      `SELECT a."attemptId", a."itemId", a.revision, a.response
       FROM "Answer" a JOIN "Attempt" t ON t.id = a."attemptId" WHERE t."assignmentId" = $1`,
      [assignmentId],
    );
    const stored = new Map(answers.rows.map((r) => [`${r.attemptId}/${r.itemId}`, r]));
    // Students send choices under their attempt's opaque ids; the server stores them in the bank's.
    const seeds = await client.query<{ id: string; seed: string }>(
      `SELECT id, seed FROM "Attempt" WHERE "assignmentId" = $1`,
      [assignmentId],
    );
    const seedOf = new Map(seeds.rows.map((r) => [r.id, r.seed]));
    const asStored = (attemptId: string, itemId: string, response: TResponse) => {
      const item = getItem(itemId);
      const seed = seedOf.get(attemptId);
      return item && seed !== undefined ? responseToBank(item, seed, response) : response;
    };
    let expected = 0;
    let lost = 0;
    const lostSamples: string[] = [];
    for (const [attemptId, given] of run.lastGiven) {
      for (const [itemId, last] of given) {
        expected += 1;
        const row = stored.get(`${attemptId}/${itemId}`);
        if (
          row &&
          row.revision === last.revision &&
          canonical(row.response) === canonical(asStored(attemptId, itemId, last.response))
        )
          continue;
        lost += 1;
        if (lostSamples.length < 5) {
          lostSamples.push(
            `${attemptId}/${itemId}: gave r${last.revision}, stored ${row ? `r${row.revision}` : "nothing"}`,
          );
        }
      }
    }
    const attempts = await client.query<{ userId: string; n: number; scored: number; items: number }>(
      `SELECT t."userId", count(*)::int AS n,
         count(*) FILTER (WHERE t.status = 'SUBMITTED' AND t.score IS NOT NULL)::int AS scored,
         max(cardinality(t."itemIds"))::int AS items
       FROM "Attempt" t WHERE t."assignmentId" = $1 GROUP BY t."userId"`,
      [assignmentId],
    );
    let once = 0;
    let twice = 0;
    for (const a of attempts.rows) {
      const scorings = ((repsAfter.get(a.userId) ?? 0) - (repsBefore.get(a.userId) ?? 0)) / a.items;
      if (a.n > 1 || scorings > 1) twice += 1;
      else if (a.scored === 1 && scorings === 1) once += 1;
    }
    return {
      answersStored: answers.rowCount ?? 0,
      answersExpected: expected,
      lost,
      lostSamples,
      submissionsScoredOnce: once,
      doubleScored: twice,
      attempts: attempts.rows.reduce((n, a) => n + a.n, 0),
    };
  });
}
