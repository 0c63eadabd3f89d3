import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { childEnv } from "./env";

const run = promisify(execFile);
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

/** Runs the Prisma CLI of this package (offline: WebAssembly engine, see prisma.config.ts). */
export async function prisma(args: string[], databaseUrl: string) {
  const { stdout } = await run(process.execPath, [prismaCli, ...args], {
    cwd: packageDir,
    env: childEnv({ DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" }),
    maxBuffer: 32 * 1024 * 1024,
  });
  return stdout;
}

export const migrationsDir = path.join(packageDir, "prisma", "migrations");

/** The committed migrations' folder names, oldest first. */
export function committedMigrations() {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d+_/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Whether the database has applied every committed migration (Prisma's own table says so). */
async function isUpToDate(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ t: string | null }>(
      `SELECT to_regclass('_prisma_migrations')::text AS t`,
    );
    if (!table.rows[0]?.t) return false;
    const applied = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(applied.rows.map((r) => r.migration_name));
    return committedMigrations().every((name) => done.has(name));
  } finally {
    await client.end();
  }
}

/**
 * Applies every committed migration that the database has not seen yet. The Prisma CLI takes
 * ~12 s to start its WebAssembly engine, so an up-to-date database (every start after the first)
 * is recognised with one query instead.
 */
export async function migrateDeploy(databaseUrl: string) {
  if (await isUpToDate(databaseUrl)) return;
  await prisma(["migrate", "deploy"], databaseUrl);
}
