import pg from "pg";
import type { Db } from "./client";
import { Prisma } from "./generated/prisma/client";

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
  if (Array.isArray(value)) return value.map(param); // pg would send an array's dates in local time too
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

/**
 * What the attempt lifecycle's transactions use of a transaction: Prisma's tagged `$queryRaw` and
 * `$executeRaw`. A Prisma transaction client is one; so is a hot transaction's connection.
 */
export type RawTx = {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<number>;
};

/** The tagged statement as text with `$1…` and its values (Prisma builds it the same way). */
const statement = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) =>
  query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);

/**
 * A short transaction of plain statements on the client's own pool (BEGIN … COMMIT on one
 * connection; ROLLBACK if `fn` throws), for the hot paths whose transactions Prisma's query
 * compiler would dominate (an exam's start and submit). `fn` gets `$queryRaw`/`$executeRaw` as a
 * Prisma transaction client has them, so the same code runs inside either; through Prisma's own
 * interactive transaction when the client is not one createDb made. Write SQL whose results read
 * the same both ways (cast enums to text, counts to int).
 */
export async function hotTransaction<T>(client: Db, fn: (tx: RawTx) => Promise<T>): Promise<T> {
  const pool = pools.get(client);
  if (!pool) return client.$transaction((tx) => fn(tx));
  const connection = await pool.connect();
  const run = async (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) => {
    const sql = statement(query, values);
    return connection.query({ text: sql.text, values: sql.values.map(param), types });
  };
  const tx: RawTx = {
    $queryRaw: async <R>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) =>
      (await run(query, values)).rows as R,
    $executeRaw: async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) =>
      (await run(query, values)).rowCount ?? 0,
  };
  let broken = false;
  try {
    await connection.query("BEGIN");
    const result = await fn(tx);
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
