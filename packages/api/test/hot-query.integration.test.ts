/**
 * hotQuery sends the hottest statements (session check, save) on Prisma's own pool without its
 * query compiler: it must read and write `timestamp(3)` columns exactly as Prisma does, whatever
 * the server's time zone.
 */
import { hotQuery, hotTransaction } from "@dc/db";
import { createTestDatabase, createTestUser, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { checkSession, createSession } from "../src";

const zone = process.env.TZ;
let t: TestDatabase;
beforeAll(async () => {
  process.env.TZ = "Asia/Hong_Kong"; // 8 hours from UTC: a local-time mistake would show
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

it("reads and writes timestamps as Prisma does, away from UTC", async () => {
  const user = await createTestUser(t.db);
  const sid = await createSession(t.db, user.id);
  const viaPrisma = await t.db.session.findUniqueOrThrow({ where: { id: sid } });
  const [row] = await hotQuery<{ lastSeenAt: Date; expiresAt: Date }>(
    t.db,
    `SELECT "lastSeenAt", "expiresAt" FROM "Session" WHERE id = $1`,
    [sid],
  );
  expect(row!.lastSeenAt.getTime()).toBe(viaPrisma.lastSeenAt.getTime());
  expect(row!.expiresAt.getTime()).toBe(viaPrisma.expiresAt.getTime());

  const when = new Date(Date.UTC(2026, 5, 1, 23, 30, 15, 123));
  await hotQuery(t.db, `UPDATE "Session" SET "lastSeenAt" = $2::timestamp WHERE id = $1`, [sid, when]);
  const back = await t.db.session.findUniqueOrThrow({ where: { id: sid }, select: { lastSeenAt: true } });
  expect(back.lastSeenAt.toISOString()).toBe(when.toISOString());
});

it("the session check through it keeps its rules: a live session passes, an idle one does not", async () => {
  const user = await createTestUser(t.db);
  const sid = await createSession(t.db, user.id);
  expect(await checkSession(t.db, sid)).toMatchObject({ id: user.id, sessionId: sid });
  const idle = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
  await t.db.session.update({ where: { id: sid }, data: { lastSeenAt: idle } });
  expect(await checkSession(t.db, sid)).toBeNull();
});

it("inside a transaction it goes through Prisma (the transaction's own connection)", async () => {
  const user = await createTestUser(t.db);
  const rows = await t.db.$transaction((tx) =>
    hotQuery<{ id: string }>(tx, `SELECT id FROM "User" WHERE id = $1`, [user.id]),
  );
  expect(rows).toEqual([{ id: user.id }]);
});

it("a hot transaction commits its statements together, or none of them when it throws", async () => {
  const user = await createTestUser(t.db);
  const sid = await createSession(t.db, user.id);
  const when = new Date(Date.UTC(2026, 5, 1, 23, 30, 15, 123));
  const failed = hotTransaction(t.db, async (tx) => {
    await tx.$executeRaw`UPDATE "Session" SET "lastSeenAt" = ${when}::timestamp WHERE id = ${sid}`;
    throw new Error("refused half-way");
  });
  await expect(failed).rejects.toThrow("refused half-way");
  const kept = await t.db.session.findUniqueOrThrow({ where: { id: sid }, select: { lastSeenAt: true } });
  expect(kept.lastSeenAt.toISOString()).not.toBe(when.toISOString());

  const read = await hotTransaction(t.db, async (tx) => {
    await tx.$executeRaw`UPDATE "Session" SET "lastSeenAt" = ${when}::timestamp WHERE id = ${sid}`;
    return tx.$queryRaw<{ lastSeenAt: Date }[]>`SELECT "lastSeenAt" FROM "Session" WHERE id = ${sid}`;
  });
  expect(read[0]!.lastSeenAt.toISOString()).toBe(when.toISOString());
  const back = await t.db.session.findUniqueOrThrow({ where: { id: sid }, select: { lastSeenAt: true } });
  expect(back.lastSeenAt.toISOString()).toBe(when.toISOString());
});
