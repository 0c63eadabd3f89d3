import { items } from "@dc/content";
import pg from "pg";
import { benchHash } from "./fixtures";
import { log } from "./log";
import { responseTable } from "./responses";

export const SCHOOL = { studentsPerClass: 40, assignmentsPerClass: 25, itemsPerAssignment: 20 };

/** Ids the school's rows get, so the measurements can find them. */
export const schoolIds = {
  teacher: (c: number) => `sch-t${c}`,
  teacherEmail: (c: number) => `sch-t${c}@school.test`,
  student: (c: number, k: number) => `sch-s${c}-${k}`,
  studentEmail: (c: number, k: number) => `sch-s${c}-${k}@school.test`,
  class: (c: number) => `sch-c${c}`,
  assignment: (c: number, j: number) => `sch-a${c}-${j}`,
};

/**
 * Adds classes `from`..`to` (inclusive) of the school: per class a teacher, 40 students, 25
 * assignments of 20 items spread over the last months, and for every student a submitted attempt
 * at each (except that one in ten has not started the newest) with 20 scored answers, ~65% right,
 * plus review cards. Pure SQL (generate_series), so millions of answers take a minute or two, not hours.
 */
export async function seedSchool(url: string, from: number, to: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = Date.now();
  const q = async (label: string, sql: string, values: unknown[] = []) => {
    const started = Date.now();
    const res = await client.query(sql, values);
    log(`  seed ${label}: ${res.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  };
  try {
    const { studentsPerClass: S, assignmentsPerClass: A, itemsPerAssignment: I } = SCHOOL;
    await client.query("SET session_replication_role = replica"); // no FK triggers while bulk loading
    await client.query(`CREATE TABLE IF NOT EXISTS bench_response (
      "itemId" text, variant int, response jsonb, score float8, correct bool, PRIMARY KEY ("itemId", variant))`);
    await client.query(`CREATE TABLE IF NOT EXISTS bench_item (ord int PRIMARY KEY, "itemId" text)`);
    await client.query("TRUNCATE bench_response, bench_item");
    const table = responseTable();
    await client.query(
      `INSERT INTO bench_response SELECT * FROM unnest($1::text[], $2::int[], $3::jsonb[], $4::float8[], $5::bool[])`,
      [
        table.map((r) => r.itemId),
        table.map((r) => r.variant),
        table.map((r) => r.response),
        table.map((r) => r.score),
        table.map((r) => r.correct),
      ],
    );
    await client.query(
      `INSERT INTO bench_item SELECT ord - 1, id FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord)`,
      [items.map((i) => i.id)],
    );
    const hash = await benchHash();
    const range = [from, to];
    await q(
      "teachers",
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "teacherConfirmedAt", "updatedAt")
       SELECT 'sch-t' || c, 'sch-t' || c || '@school.test', 'Teacher ' || c, $3, 'TEACHER', now(), now()
       FROM generate_series($1::int, $2::int) c`,
      [...range, hash],
    );
    await q(
      "students",
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
       SELECT 'sch-s' || c || '-' || k, 'sch-s' || c || '-' || k || '@school.test', '學生 ' || c || '-' || k, $3, 'STUDENT', now()
       FROM generate_series($1::int, $2::int) c, generate_series(1, ${S}) k`,
      [...range, hash],
    );
    await q(
      "classes",
      `INSERT INTO "Class" (id, name, "teacherId", "joinCode", "createdAt", "updatedAt")
       SELECT 'sch-c' || c, 'Class ' || c, 'sch-t' || c, 'S' || upper(substr(md5('sch-c' || c), 1, 9)),
         now() - interval '120 days', now()
       FROM generate_series($1::int, $2::int) c`,
      range,
    );
    await q(
      "enrollments",
      `INSERT INTO "Enrollment" ("classId", "studentId", "joinedAt")
       SELECT 'sch-c' || c, 'sch-s' || c || '-' || k, now() - interval '110 days'
       FROM generate_series($1::int, $2::int) c, generate_series(1, ${S}) k`,
      range,
    );
    // Assignment j of a class opened (A - j) * 4 days ago, due a week later: the newest is open now.
    await q(
      "assignments",
      `INSERT INTO "Assignment" (id, "classId", title, "lessonIds", skills, "itemIds", "handPicked", shuffle,
         "timeLimitSec", "maxAttempts", "opensAt", "dueAt", feedback, "createdAt", "updatedAt")
       SELECT 'sch-a' || c || '-' || j, 'sch-c' || c, 'Quiz ' || j, '{0,1,2,3,4,5}', '{}',
         ARRAY(SELECT "itemId" FROM bench_item ORDER BY md5(c || '-' || j || '-' || ord) LIMIT ${I}),
         false, true, 1200, 1,
         now() - make_interval(days => (${A} - j) * 4 + 1), now() - make_interval(days => (${A} - j) * 4 - 6),
         'IMMEDIATE', now() - make_interval(days => (${A} - j) * 4 + 2), now()
       FROM generate_series($1::int, $2::int) c, generate_series(1, ${A}) j`,
      range,
    );
    // Answers first (FK checks are off), then attempts scored from them.
    await client.query(`ALTER TABLE "Answer" DROP CONSTRAINT IF EXISTS "Answer_pkey"`);
    await client.query(`CREATE TABLE IF NOT EXISTS bench_score (id text PRIMARY KEY, score float8)`);
    await client.query("TRUNCATE bench_score");
    await q(
      "answers",
      `WITH ins AS (INSERT INTO "Answer" ("attemptId", "itemId", response, revision, score, correct, "lockedAt", "createdAt", "updatedAt")
       SELECT x.id, it."itemId", r.response, 1, r.score, r.correct, x.done, x.done - interval '10 minutes', x.done
       FROM (
         SELECT 'sch-x' || c || '-' || j || '-' || k AS id, a."itemIds",
           a."opensAt" + make_interval(mins => (hashtext(c || '/' || j || '/' || k) & 4095)) AS done
         FROM generate_series($1::int, $2::int) c, generate_series(1, ${A}) j, generate_series(1, ${S}) k,
           LATERAL (SELECT "itemIds", "opensAt" FROM "Assignment" WHERE id = 'sch-a' || c || '-' || j) a
         WHERE NOT (j = ${A} AND k % 10 = 0)
       ) x
       CROSS JOIN LATERAL unnest(x."itemIds") AS it("itemId")
       JOIN bench_response r ON r."itemId" = it."itemId"
         AND r.variant = CASE WHEN (hashtext(x.id || it."itemId") & 127) < 83 THEN 0
                              ELSE 1 + (hashtext(x.id || it."itemId") & 1) END
       RETURNING "attemptId", score)
       INSERT INTO bench_score SELECT "attemptId", sum(score) FROM ins GROUP BY 1`,
      range,
    );
    const pk = Date.now();
    await client.query(
      `ALTER TABLE "Answer" ADD CONSTRAINT "Answer_pkey" PRIMARY KEY ("attemptId", "itemId")`,
    );
    log(`  seed answer primary key rebuilt in ${((Date.now() - pk) / 1000).toFixed(1)}s`);
    await q(
      "attempts",
      `INSERT INTO "Attempt" (id, "userId", kind, "assignmentId", "itemIds", status, "startedAt", deadline,
         "submittedAt", score, "maxScore", "autoSubmitted", "keysReleasedAt")
       SELECT x.id, 'sch-s' || c || '-' || k, 'ASSIGNMENT', a.id, a."itemIds", 'SUBMITTED',
         x.done - interval '12 minutes', x.done + interval '8 minutes', x.done,
         (SELECT score FROM bench_score s WHERE s.id = x.id), ${I}, false,
         -- IMMEDIATE feedback: the keys reached the student on submit, as they do in the app. Left
         -- null, the web servers' expiry sweep would release them during the seed and the measurements.
         x.done
       FROM generate_series($1::int, $2::int) c, generate_series(1, ${A}) j, generate_series(1, ${S}) k,
         LATERAL (SELECT id, "itemIds", "opensAt" FROM "Assignment" WHERE id = 'sch-a' || c || '-' || j) a,
         LATERAL (SELECT 'sch-x' || c || '-' || j || '-' || k AS id,
           a."opensAt" + make_interval(mins => (hashtext(c || '/' || j || '/' || k) & 4095)) AS done) x
       WHERE NOT (j = ${A} AND k % 10 = 0)`,
      range,
    );
    await q(
      "review cards",
      `INSERT INTO "ReviewCard" ("userId", "itemId", due, stability, difficulty, "elapsedDays", "scheduledDays",
         "learningSteps", reps, lapses, state, "lastReview")
       SELECT 'sch-s' || c || '-' || k, b."itemId",
         now() + make_interval(hours => (hashtext(c || '-' || k || b."itemId") & 511) - 128), 5, 5, 3, 7, 0, 2, 0, 2,
         now() - interval '3 days'
       FROM generate_series($1::int, $2::int) c, generate_series(1, ${S}) k, bench_item b
       WHERE (hashtext(k || b."itemId") & 3) = 0`,
      range,
    );
    await client.query("SET session_replication_role = DEFAULT");
    const analyzed = Date.now();
    await client.query(
      `ANALYZE "User", "Class", "Enrollment", "Assignment", "Attempt", "Answer", "ReviewCard"`,
    );
    log(`  seed analyze in ${((Date.now() - analyzed) / 1000).toFixed(1)}s`);
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Answer"`);
    log(
      `school classes ${from}..${to} seeded in ${((Date.now() - t0) / 1000).toFixed(0)}s; ${rows[0]!.n} answers in all`,
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}
