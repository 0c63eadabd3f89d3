import pg from "pg";
import type { Db } from "./client";

/**
 * The few statements every request sends (the session check, an exam's save) go to the same pool
 * Prisma uses, as plain pg queries: Prisma's query compiler and interpreter cost ~0.5 ms of CPU per
 * statement on the web tier, the largest part of a save after Next itself. Same connections, same
 * pool size (one on the embedded database), so nothing about concurrency changes.
 */
// On globalThis: Next bundles a module once per route, so a module-level map filled where getDb()
// made the client would be empty where another route's copy looks (and every query would quietly
// go through Prisma again).
const shared = globalThis as unknown as { __dcPools?: WeakMap<object, pg.Pool> };
const pools = (shared.__dcPools ??= new WeakMap<object, pg.Pool>());

export function registerPool(client: object, pool: pg.Pool) {
  pools.set(client, pool);
}

/** `timestamp(3)` columns hold UTC (as Prisma writes them): read them as UTC, whatever TZ says. */
const TIMESTAMP = 1114;
const readUtc = (value: string) => new Date(`${value.replace(" ", "T")}Z`);
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP
      ? readUtc
      : (pg.types.getTypeParser(oid, format ?? "text") as unknown)) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * A parameter as Prisma would send it: dates as UTC text (pg would send local time with an offset,
 * which a `timestamp` column drops).
 */
function param(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

type RawClient = { $queryRawUnsafe: <T>(text: string, ...values: unknown[]) => Promise<T> };

/**
 * One statement with `$1…` parameters on the client's own pool, rows as plain objects; through
 * Prisma when the client is not one createDb made (a transaction, an extended client).
 */
export async function hotQuery<T>(client: RawClient, text: string, values: readonly unknown[]): Promise<T[]> {
  const pool = pools.get(client);
  if (!pool) return client.$queryRawUnsafe<T[]>(text, ...values);
  const result = await pool.query({ text, values: values.map(param), types });
  return result.rows as T[];
}

/** A statement of a hot transaction: `$1…` parameters, rows as plain objects. */
export type HotQuery = <T>(text: string, values?: readonly unknown[]) => Promise<T[]>;

/**
 * A short transaction of a few plain statements on the client's own pool (BEGIN … COMMIT on one
 * connection; ROLLBACK if `fn` throws), for the hot paths whose transactions Prisma's query
 * compiler would dominate (an exam's start and submit). Through Prisma's interactive transaction
 * when the client is not one createDb made. Write SQL whose results read the same both ways (cast
 * counts to int, not bigint).
 */
export async function hotTransaction<T>(client: Db, fn: (query: HotQuery) => Promise<T>): Promise<T> {
  const pool = pools.get(client);
  if (!pool)
    return client.$transaction((tx) =>
      fn(<R>(text: string, values: readonly unknown[] = []) => tx.$queryRawUnsafe<R[]>(text, ...values)),
    );
  const connection = await pool.connect();
  let broken = false;
  try {
    await connection.query("BEGIN");
    const result = await fn(async <R>(text: string, values: readonly unknown[] = []) => {
      const res = await connection.query({ text, values: values.map(param), types });
      return res.rows as R[];
    });
    await connection.query("COMMIT");
    return result;
  } catch (error) {
    // A connection that cannot even roll back (the database went away) is not given back to the pool.
    await connection.query("ROLLBACK").catch(() => (broken = true));
    throw error;
  } finally {
    connection.release(broken);
  }
}
