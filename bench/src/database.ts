import { createTestDatabase, type TestDatabase } from "@dc/db/testing";

/**
 * A fresh, migrated database on the machine's PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432),
 * copied from the migrated template the tests use; dropped when the bench ends.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase("dc_bench");
  await db.db.$disconnect(); // the bench talks to it through the server and plain pg
  return db;
}
