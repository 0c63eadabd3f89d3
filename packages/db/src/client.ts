import { PrismaPg } from "@prisma/adapter-pg";
import { dbEnv, requireDatabaseUrl } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export function createDb(url: string = requireDatabaseUrl()) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: dbEnv().DATABASE_POOL_SIZE }),
    // When a whole class starts at once, a transaction may wait for a pooled connection for more
    // than Prisma's default 2 s; a student would rather wait a little than see an error.
    transactionOptions: { maxWait: 10_000 },
  });
}

export type Db = ReturnType<typeof createDb>;

// One client per process, kept on globalThis so that dev-mode reloads do not open new pools.
const cache = globalThis as unknown as { __dcDb?: Db };

/** The process-wide client, created on first use (so importing this package needs no database). */
export function getDb(): Db {
  cache.__dcDb ??= createDb();
  return cache.__dcDb;
}
