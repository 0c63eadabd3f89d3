import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { ensureTestServer } from "@dc/db/test-server";

/**
 * A fresh, migrated database on the machine's PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432),
 * or, when none answers, on a PostgreSQL 18 from npm started for the run; copied from the migrated
 * template the tests use. `drop` removes it (and stops a server started for it).
 */
export async function freshDatabase(): Promise<TestDatabase> {
  const server = await ensureTestServer();
  try {
    const database = await createTestDatabase("dc_bench", server.url);
    await database.db.$disconnect(); // the bench talks to it through the server and plain pg
    return {
      ...database,
      drop: async () => {
        await database.drop();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
