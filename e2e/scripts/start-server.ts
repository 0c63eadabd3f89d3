// Starts the production build for end-to-end tests on a brand-new database: on TEST_DATABASE_URL,
// the machine's PostgreSQL, or (when none answers) a PostgreSQL 18 from npm started for the run.
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureTestServer } from "@dc/db/test-server";
import { serverUrlFile } from "../tests/e2e-env";

const server = await ensureTestServer();
if (server.started) console.log(`e2e: no PostgreSQL answers; started PostgreSQL 18 from npm (${server.url})`);
// The tests reach the run's database through the same server.
const urlFile = serverUrlFile(process.env.E2E_RUN_ID!);
writeFileSync(urlFile, server.url);

const name = process.env.E2E_DATABASE!;
async function admin(sql: string) {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(sql);
  await client.end();
}
const dropDatabase = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await dropDatabase();
await admin(`CREATE DATABASE "${name}"`);

const url = new URL(server.url);
url.pathname = `/${name}`;
const child = spawn("pnpm", ["--filter", "@dc/web", "serve"], {
  cwd: path.resolve(import.meta.dirname, "../.."),
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url.toString() },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
// The run's database (and a server started for it) goes with its web server, so test runs leave nothing behind.
child.on("exit", (code) => {
  void dropDatabase()
    .catch(() => undefined)
    .then(() => server.stop())
    .catch(() => undefined)
    .finally(() => {
      rmSync(urlFile, { force: true });
      process.exit(code ?? 0);
    });
});
