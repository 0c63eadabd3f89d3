import { randomUUID } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "./client";
import { type Role } from "./generated/prisma/client";
import { migrateDeploy } from "./migrate";
import { hashPassword } from "./password";
import { withDatabase } from "./pool-config";

/** The server tests create their databases on: TEST_DATABASE_URL, or the machine's PostgreSQL. */
export const testServerUrl = () =>
  process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function admin<T>(fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; db: Db; drop: () => Promise<void> };

/** A brand-new, fully migrated database for one test run; `drop` removes it. */
export async function createTestDatabase(prefix = "dc_test"): Promise<TestDatabase> {
  const name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(testServerUrl(), name);
  await migrateDeploy(url);
  const db = createDb(url);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

export const TEST_PASSWORD = "correct-horse-battery";

/** A user with a unique email, so tests never collide. */
export async function createTestUser(db: Db, role: Role = "STUDENT", name = "Test User") {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
  return db.user.create({
    data: { email, name, role, passwordHash: await hashPassword(TEST_PASSWORD) },
  });
}
