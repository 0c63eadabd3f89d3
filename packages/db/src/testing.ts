import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "./client";
import { type Role } from "./generated/prisma/client";
import { committedMigrations, migrateDeploy, migrationsDir } from "./migrate";
import { hashPassword } from "./password";
import { withDatabase } from "./pool-config";
import { testServerUrl } from "./test-server";

async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; db: Db; drop: () => Promise<void> };

/** A name that changes whenever a migration does, so a stale template is never used. */
function templateName() {
  const hash = createHash("sha256");
  for (const dir of committedMigrations()) {
    hash.update(dir).update(readFileSync(path.join(migrationsDir, dir, "migration.sql")));
  }
  return `dc_template_${hash.digest("hex").slice(0, 16)}`;
}

/**
 * Migrating takes seconds (the Prisma CLI); copying a migrated template takes milliseconds. The
 * template is made once per set of migrations, under an advisory lock so parallel runs agree.
 */
async function ensureTemplate(serverUrl: string): Promise<string> {
  const name = templateName();
  await admin(serverUrl, async (c) => {
    await c.query("SELECT pg_advisory_lock(72020514)");
    try {
      const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (rowCount) return;
      const building = `${name}_building`;
      await c.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${building}"`);
      await migrateDeploy(withDatabase(serverUrl, building));
      await c.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } finally {
      await c.query("SELECT pg_advisory_unlock(72020514)");
    }
  });
  return name;
}

/** A brand-new, fully migrated database for one test file; `drop` removes it. */
export async function createTestDatabase(
  prefix = "dc_test",
  serverUrl = testServerUrl(),
): Promise<TestDatabase> {
  const template = await ensureTemplate(serverUrl);
  const name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = withDatabase(serverUrl, name);
  const db = createDb(url);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

export const TEST_PASSWORD = "correct-horse-battery";

/** A user with a unique email, so tests never collide. */
export async function createTestUser(db: Db, role: Role = "STUDENT", name = "Test User") {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
  return db.user.create({
    data: {
      email,
      name,
      role,
      passwordHash: await hashPassword(TEST_PASSWORD),
      teacherConfirmedAt: role === "TEACHER" ? new Date() : null,
    },
  });
}
