import { hashPassword } from "@dc/db";
import pg from "pg";
import { pickAssignmentItems } from "./responses";

export const BENCH_PASSWORD = "bench-password-2020";

/** One argon2 hash for every bench account: hashing is deliberately slow, and nobody needs their own. */
let hash: Promise<string> | undefined;
export const benchHash = () => (hash ??= hashPassword(BENCH_PASSWORD));

export type ExamFixture = {
  assignmentId: string;
  itemIds: string[];
  studentEmails: string[];
  teacherEmail: string;
  timeLimitSec: number;
};

/**
 * A teacher, a class of `students`, and an assignment of `items` bank items with a time limit,
 * open now: written in SQL (a few statements), since creating accounts is not what is measured.
 */
export async function createExam(
  url: string,
  opts: { tag: string; students: number; items: number; timeLimitSec: number },
): Promise<ExamFixture> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { tag } = opts;
    const passwordHash = await benchHash();
    const teacherEmail = `${tag}-teacher@bench.test`;
    const itemIds = pickAssignmentItems(opts.items);
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "teacherConfirmedAt", "updatedAt")
       VALUES ($1, $2, 'Bench Teacher', $3, 'TEACHER', now(), now())`,
      [`${tag}-teacher`, teacherEmail, passwordHash],
    );
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
       SELECT $1 || '-s' || i, $1 || '-s' || i || '@bench.test', 'Student ' || i, $2, 'STUDENT', now()
       FROM generate_series(1, $3::int) i`,
      [tag, passwordHash, opts.students],
    );
    await client.query(
      `INSERT INTO "Class" (id, name, "teacherId", "joinCode", "updatedAt")
       VALUES ($1 || '-class', 'Bench class', $1 || '-teacher', upper(substr(md5($1), 1, 8)), now())`,
      [tag],
    );
    await client.query(
      `INSERT INTO "Enrollment" ("classId", "studentId")
       SELECT $1 || '-class', $1 || '-s' || i FROM generate_series(1, $2::int) i`,
      [tag, opts.students],
    );
    await client.query(
      `INSERT INTO "Assignment" (id, "classId", title, "lessonIds", skills, "itemIds", "handPicked", shuffle,
         "timeLimitSec", "maxAttempts", "opensAt", "dueAt", feedback, "updatedAt")
       VALUES ($1 || '-exam', $1 || '-class', 'Bench exam', '{0,1}', '{}', $2, true, true,
         $3, 1, now() - interval '1 minute', now() + interval '1 day', 'IMMEDIATE', now())`,
      [tag, itemIds, opts.timeLimitSec],
    );
    await client.query("COMMIT");
    return {
      assignmentId: `${tag}-exam`,
      itemIds,
      studentEmails: Array.from({ length: opts.students }, (_, i) => `${tag}-s${i + 1}@bench.test`),
      teacherEmail,
      timeLimitSec: opts.timeLimitSec,
    };
  } finally {
    await client.end();
  }
}

/** Another assignment for the same class (same items), e.g. an untimed one for the throughput run. */
export async function addAssignment(
  url: string,
  exam: ExamFixture,
  suffix: string,
  timeLimitSec: number | null,
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const id = `${exam.assignmentId}-${suffix}`;
    await client.query(
      `INSERT INTO "Assignment" (id, "classId", title, "lessonIds", skills, "itemIds", "handPicked", shuffle,
         "timeLimitSec", "maxAttempts", "opensAt", "dueAt", feedback, "updatedAt")
       SELECT $1, "classId", title || ' ' || $2, "lessonIds", skills, "itemIds", true, shuffle, $3, 1,
         now() - interval '1 minute', now() + interval '1 day', feedback, now()
       FROM "Assignment" WHERE id = $4`,
      [id, suffix, timeLimitSec, exam.assignmentId],
    );
    return { ...exam, assignmentId: id, timeLimitSec: timeLimitSec ?? 0 };
  } finally {
    await client.end();
  }
}

/** What the database holds after the burst: the check that nothing was lost or scored twice. */
export async function examTally(url: string, assignmentId: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{
      attempts: number;
      answers: number;
      scoredAnswers: number;
      submissions: number;
      scored: number;
      autoSubmitted: number;
    }>(
      `SELECT
         (SELECT count(*)::int FROM "Attempt" WHERE "assignmentId" = $1) AS attempts,
         (SELECT count(*)::int FROM "Answer" a JOIN "Attempt" t ON t.id = a."attemptId" WHERE t."assignmentId" = $1) AS answers,
         (SELECT count(*)::int FROM "Answer" a JOIN "Attempt" t ON t.id = a."attemptId"
            WHERE t."assignmentId" = $1 AND a.score IS NOT NULL AND a."lockedAt" IS NOT NULL) AS "scoredAnswers",
         (SELECT count(*)::int FROM "Attempt" WHERE "assignmentId" = $1 AND status = 'SUBMITTED') AS submissions,
         (SELECT count(*)::int FROM "Attempt" WHERE "assignmentId" = $1 AND status = 'SUBMITTED'
            AND score IS NOT NULL AND "maxScore" IS NOT NULL) AS scored,
         (SELECT count(*)::int FROM "Attempt" WHERE "assignmentId" = $1 AND "autoSubmitted") AS "autoSubmitted"`,
      [assignmentId],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}
