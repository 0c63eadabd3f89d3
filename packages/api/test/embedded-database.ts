import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db } from "@dc/db";
import { prepareRuntimeDatabase, type RuntimeDatabase } from "@dc/db/runtime";
import { afterAll, beforeAll, expect } from "vitest";

/**
 * The embedded database of a file's tests, as `pnpm start` runs it with no DATABASE_URL: PGlite
 * served by pglite-socket with one pooled connection per process; migrated and seeded before the
 * tests, stopped and removed after. `db()` is the client once it is ready.
 */
export function useEmbeddedDatabase(prefix: string) {
  let dir: string;
  let database: RuntimeDatabase;
  let db: Db;
  const poolSize = process.env.DATABASE_POOL_SIZE;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
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
  return () => db;
}
