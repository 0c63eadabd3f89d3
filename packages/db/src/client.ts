import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { dbEnv, requireDatabaseUrl } from "./env";
import { PrismaClient } from "./generated/prisma/client";
import { registerPool } from "./hot-query";

export function createDb(url: string = requireDatabaseUrl()) {
  // Our pool, handed to the adapter (which ends it on $disconnect), so hotQuery can share it.
  const pool = new pg.Pool({ connectionString: url, max: dbEnv().DATABASE_POOL_SIZE });
  // An idle connection cut by a database restart must not crash the process (the adapter listens too, once connected).
  pool.on("error", () => undefined);
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // When a whole class starts at once, a transaction may wait for a pooled connection for more
    // than Prisma's default 2 s; a student would rather wait a little than see an error.
    transactionOptions: { maxWait: 10_000 },
  });
  registerPool(client, pool);
  return client;
}

export type Db = ReturnType<typeof createDb>;

// One client per process, kept on globalThis so that dev-mode reloads do not open new pools.
const cache = globalThis as unknown as { __dcDb?: Db };

/** The process-wide client, created on first use (so importing this package needs no database). */
export function getDb(): Db {
  cache.__dcDb ??= createDb();
  return cache.__dcDb;
}
