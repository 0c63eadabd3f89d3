/**
 * The attempt sweep on the embedded database, as `pnpm start` runs it with no DATABASE_URL: PGlite
 * behind pglite-socket, one pooled connection per process, shared by the sweep and the app's requests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "@dc/db";
import { createTestUser } from "@dc/db/testing";
import { prepareRuntimeDatabase, type RuntimeDatabase } from "@dc/db/runtime";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createCaller } from "../src";
import { sweepAttempts } from "../src/attempts/sweep";
import { startAttemptSweep } from "../src/attempts/sweep-schedule";

let dir: string;
let database: RuntimeDatabase;
let db: Db;
const poolSize = process.env.DATABASE_POOL_SIZE;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "dc-sweep-pglite-"));
  database = await prepareRuntimeDatabase({
    dataDir: dir,
    port: 20_000 + Math.floor(Math.random() * 20_000),
  });
  expect(process.env.DATABASE_POOL_SIZE).toBe("1");
  db = createDb(database.url);
}, 180_000);
afterAll(async () => {
  await db?.$disconnect();
  await database?.stop();
  rmSync(dir, { recursive: true, force: true });
  if (poolSize === undefined) delete process.env.DATABASE_POOL_SIZE;
  else process.env.DATABASE_POOL_SIZE = poolSize;
});

it("finalises expired attempts on the scheduled interval while requests share the one connection", async () => {
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const user = await createTestUser(db, "STUDENT", `Sweep ${i}`);
    const api = createCaller({
      db,
      session: {
        id: user.id,
        role: "STUDENT",
        name: user.name,
        email: user.email,
        sessionId: null,
        mustChangePassword: false,
        teacherConfirmed: false,
      },
    });
    const { id } = await api.attempt.startLesson({ kind: "QUIZ", lessonId: 1, timed: true });
    ids.push(id);
  }
  await db.attempt.updateMany({
    where: { id: { in: ids } },
    data: { deadline: new Date(Date.now() - 60_000) },
  });

  const sweep = startAttemptSweep(db, { intervalMs: 50, onError: (e) => expect.fail(String(e)) });
  try {
    const reads = Array.from({ length: 20 }, () => db.attempt.count());
    await Promise.all(reads);
    await expect
      .poll(
        () => db.attempt.count({ where: { id: { in: ids }, status: "SUBMITTED", autoSubmitted: true } }),
        {
          timeout: 10_000,
        },
      )
      .toBe(3);
  } finally {
    await sweep.stop();
  }
  expect(await sweepAttempts(db)).toEqual({ finalized: 0, released: 0, skipped: false });
});
