// Starts the production server: on DATABASE_URL when set, otherwise on the embedded database.
// Migrates (and, embedded, seeds) first, so a fresh clone needs nothing else.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@dc/db/demo";
import { LOCAL_DATA_DIR } from "@dc/db/embedded-defaults";
import { prepareRuntimeDatabase } from "@dc/db/runtime";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = process.env.PORT ?? "3000";
const dataDir = process.env.PGLITE_DATA_DIR; // tests point this at a temporary folder

/** One secret shared by every instance: from the environment, or made once and kept in .data. */
function authSecret(embedded: boolean) {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!embedded) {
    console.error("NEXTAUTH_SECRET must be set when DATABASE_URL is (every instance needs the same one).");
    process.exit(1);
  }
  const file = path.join(dataDir ? path.dirname(dataDir) : LOCAL_DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const database = await prepareRuntimeDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir,
  port: process.env.PGLITE_PORT ? Number(process.env.PGLITE_PORT) : undefined,
  seedDemo: process.env.SEED_DEMO === "1",
});

// Production: our own server around Next (it decides each client's address, see next-server.mjs).
const nextArgs =
  mode === "dev"
    ? [createRequire(import.meta.url).resolve("next/dist/bin/next"), "dev", "-p", port]
    : [path.join(import.meta.dirname, "next-server.mjs")];
const next = spawn(process.execPath, nextArgs, {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: authSecret(database.embedded),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: port,
    NODE_ENV: mode === "dev" ? "development" : "production",
  },
});

console.log(`\n  雙循環・深讀 is starting at http://localhost:${port}`);
console.log(
  `  database: ${database.embedded ? (process.env.EMBEDDED_DATABASE === "postgres" ? `embedded PostgreSQL 18 (${dataDir ?? ".data/postgres"})` : `embedded PGlite (${dataDir ?? ".data/pglite"})`) : "DATABASE_URL"}`,
);
if (database.embedded) {
  console.log(`  demo accounts (password ${DEMO_PASSWORD}):`);
  for (const a of DEMO_ACCOUNTS) console.log(`    ${a.role.toLowerCase().padEnd(8)} ${a.email}`);
}
console.log("");

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
next.on("exit", (code) => void stop(code ?? 0));
