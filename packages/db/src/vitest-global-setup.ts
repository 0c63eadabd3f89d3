import { setTestServerUrl } from "./test-env";
import { ensureTestServer } from "./test-server";

/**
 * Vitest global set-up of the integration tiers: makes sure a PostgreSQL is there (see
 * `ensureTestServer`) and passes its URL to the test files through TEST_DATABASE_URL.
 */
export default async function setup() {
  const server = await ensureTestServer();
  if (server.started) {
    setTestServerUrl(server.url);
    console.log(
      `No PostgreSQL at TEST_DATABASE_URL or 127.0.0.1: tests run on PostgreSQL 18 from npm (${server.url})`,
    );
  }
  return async () => {
    await server.stop();
  };
}
