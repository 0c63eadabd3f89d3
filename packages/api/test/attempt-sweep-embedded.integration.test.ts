/**
 * The attempt sweep on the embedded database, as `pnpm start` runs it with no DATABASE_URL: PGlite
 * behind pglite-socket, one pooled connection per process, shared by the sweep and the app's requests.
 */
import { type Db } from "@dc/db";
import { createTestUser } from "@dc/db/testing";
import { beforeAll, expect, it } from "vitest";
import { createCaller } from "../src";
import { sweepAttempts } from "../src/attempts/sweep";
import { startAttemptSweep } from "../src/attempts/sweep-schedule";
import { useEmbeddedDatabase } from "./embedded-database";

const embedded = useEmbeddedDatabase("dc-sweep-pglite-");
let db: Db;
beforeAll(() => {
  db = embedded();
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
