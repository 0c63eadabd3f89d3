import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { requireDatabaseUrl } from "./env";
import { poolConfigFromUrl } from "./pool-config";

const PG_CHAR = 18;
const PG_TEXT = 25;

/**
 * adapter-pg 7.10 cannot map Postgres' internal one-byte "char" type, which the schema engine
 * meets when it describes a schema (`migrate diff --from-migrations`). Reported as text, it works.
 */
function charAsTextPool(config: pg.PoolConfig) {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool) as (c: pg.QueryConfig) => Promise<pg.QueryResult>;
  // The adapter only uses the promise form of query(config).
  const patched = async (c: pg.QueryConfig) => {
    const result = await query(c);
    for (const field of result.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    return result;
  };
  return Object.assign(pool, { query: patched });
}

function adapterFor(config: pg.PoolConfig) {
  return new PrismaPg(charAsTextPool(config), { disposeExternalPool: true });
}

/**
 * The driver adapter the Prisma CLI migrates through. Its shadow database (for `migrate dev` and
 * `migrate diff --from-migrations`) is dropped WITH (FORCE) once its pool has ended: adapter-pg's
 * own clean-up drops it while still connected, which fails.
 */
export function createMigrationAdapter() {
  const config = poolConfigFromUrl(requireDatabaseUrl());
  const factory = adapterFor(config);
  return Object.assign(factory, {
    async connectToShadowDb() {
      const admin = await adapterFor(config).connect();
      const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await adapterFor({ ...config, database }).connect();
      const disposeShadow = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await disposeShadow();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  });
}
