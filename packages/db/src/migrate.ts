import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

/** Runs the Prisma CLI of this package (offline: WebAssembly engine, see prisma.config.ts). */
export async function prisma(args: string[], databaseUrl: string) {
  const { stdout } = await run(process.execPath, [prismaCli, ...args], {
    cwd: packageDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    maxBuffer: 32 * 1024 * 1024,
  });
  return stdout;
}

/** Applies every committed migration that the database has not seen yet. */
export async function migrateDeploy(databaseUrl: string) {
  await prisma(["migrate", "deploy"], databaseUrl);
}

export const migrationsDir = path.join(packageDir, "prisma", "migrations");
