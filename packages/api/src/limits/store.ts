import { hotQuery, type Db } from "@dc/db";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { LIMITS, type TLimitName } from "./table";

type Row = { points: number; expire: number | null };

/**
 * rate-limiter-flexible's PostgreSQL store, speaking through the app's own client and pool rather
 * than a second pool: on the embedded database (PGlite behind pglite-socket, one connection per
 * process) a second connection would interleave with Prisma's. Its SQL is the library's own.
 */
function storeClient(db: Db) {
  return {
    async query(q: { text: string; values?: unknown[] }) {
      // Without Prisma's query compiler (hotQuery): a limited procedure (an exam's Start) sends this each time.
      const raw = await hotQuery<{ points: unknown; expire: unknown }>(db, q.text, q.values ?? []);
      // The library does arithmetic on `expire`; int8 comes back as a BigInt (Prisma) or a string (pg).
      const rows: Row[] = raw.map((r) => ({
        points: Number(r.points),
        expire: r.expire === null || r.expire === undefined ? null : Number(r.expire),
      }));
      return { rows, rowCount: rows.length };
    },
  };
}

const cache = new WeakMap<Db, Map<TLimitName, RateLimiterPostgres>>();

/** The limiter of one limit on one database (one per process and client; the counters are shared). */
export function limiter(db: Db, name: TLimitName): RateLimiterPostgres {
  let byName = cache.get(db);
  if (!byName) {
    byName = new Map<TLimitName, RateLimiterPostgres>();
    cache.set(db, byName);
  }
  let found = byName.get(name);
  if (!found) {
    const limit: { points: number; seconds: number; blockSeconds?: number } = LIMITS[name];
    found = new RateLimiterPostgres({
      storeClient: storeClient(db),
      storeType: "prisma",
      tableName: "rate_limit",
      tableCreated: true, // by the Prisma migration `rate_limits`, never at run time
      keyPrefix: name,
      points: limit.points,
      duration: limit.seconds,
      blockDuration: limit.blockSeconds ?? 0,
    });
    byName.set(name, found);
  }
  return found;
}
