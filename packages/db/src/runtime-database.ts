import path from "node:path";
import { createDb } from "./client";
import { startEmbeddedPostgres } from "./embedded";
import { startPostgresServer } from "./postgres-server";
import { EMBEDDED_PORT, LOCAL_DATA_DIR } from "./embedded-defaults";
import { dbEnv, setPoolSize } from "./env";
import { migrateDeploy } from "./migrate";
import { seed } from "./seed";

export type RuntimeDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The database a server process runs on: `DATABASE_URL` when set, else an embedded one that
 * persists in `.data/`: PGlite in `.data/pglite`, or with EMBEDDED_DATABASE=postgres a PostgreSQL 18
 * from npm in `.data/postgres`. Either way it is migrated; an embedded one (or SEED_DEMO=1) is seeded.
 */
export async function prepareRuntimeDatabase(opts: {
  databaseUrl?: string;
  dataDir?: string;
  port?: number;
  seedDemo?: boolean;
  engine?: "pglite" | "postgres";
}): Promise<RuntimeDatabase> {
  const engine = opts.engine ?? dbEnv().EMBEDDED_DATABASE;
  const embedded = opts.databaseUrl
    ? null
    : engine === "postgres"
      ? await startPostgresServer({
          dataDir: opts.dataDir ?? path.join(LOCAL_DATA_DIR, "postgres"),
          port: opts.port ?? EMBEDDED_PORT,
        })
      : await startEmbeddedPostgres({
          dataDir: opts.dataDir ?? path.join(LOCAL_DATA_DIR, "pglite"),
          port: opts.port ?? EMBEDDED_PORT,
        });
  const url = opts.databaseUrl ?? embedded!.url;
  if (embedded && engine === "pglite") {
    // PGlite is one session: its socket server interleaves the protocol messages of concurrent
    // connections outside transactions, so one connection's Bind can meet another's Parse (wrong
    // statement, wrong rows). One pooled connection per server process keeps every query whole;
    // PGlite runs one query at a time anyway. Processes started from this one inherit it.
    setPoolSize(1);
  }
  await migrateDeploy(url);
  if (embedded || opts.seedDemo) {
    const db = createDb(url);
    try {
      await seed(db);
    } finally {
      await db.$disconnect();
    }
  }
  return { url, embedded: Boolean(embedded), stop: async () => embedded?.stop() };
}
