// Starts the production build for end-to-end tests on a brand-new database of the machine's PostgreSQL.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";

const server = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = process.env.E2E_DATABASE!;
async function admin(sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(sql);
  await client.end();
}
const dropDatabase = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await dropDatabase();
await admin(`CREATE DATABASE "${name}"`);

const url = new URL(server);
url.pathname = `/${name}`;
const child = spawn("pnpm", ["--filter", "@dc/web", "serve"], {
  cwd: path.resolve(import.meta.dirname, "../.."),
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url.toString() },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
// The run's database goes with its server, so test runs leave nothing behind.
child.on("exit", (code) => {
  void dropDatabase()
    .catch(() => undefined)
    .finally(() => process.exit(code ?? 0));
});
