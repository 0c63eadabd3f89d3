import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The one place the end-to-end tests read the environment (scripts/ and the config read their own). */
const runId = () => process.env.E2E_RUN_ID!;

/**
 * Where the start script leaves the URL of the PostgreSQL it chose for the run: TEST_DATABASE_URL,
 * the machine's, or one it started from npm (scripts/start-server.ts).
 */
export const serverUrlFile = (id: string) => path.join(tmpdir(), `dc-e2e-${id}-server-url`);

/** The run's database (the server of the "postgres" project uses it). */
export function e2eDatabaseUrl() {
  const url = new URL(readFileSync(serverUrlFile(runId()), "utf8").trim());
  url.pathname = `/dc_e2e_${runId()}`;
  return url.toString();
}

/** This process's environment plus `extra`, for a command the tests run. */
export const childEnv = (extra: Record<string, string>) => ({ ...process.env, ...extra });
