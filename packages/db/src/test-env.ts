/** The one place the test helpers read the environment. */
export function testEnv() {
  return {
    /** A PostgreSQL server for tests to create their databases on, as a superuser URL. */
    serverUrl: process.env.TEST_DATABASE_URL || undefined,
    /** Where the machine's own PostgreSQL is looked for when TEST_DATABASE_URL is unset. */
    machinePort: Number(process.env.TEST_PG_PORT || 5432),
  };
}

/** Hands a server's URL to test processes started after this call (vitest's workers). */
export function setTestServerUrl(url: string) {
  process.env.TEST_DATABASE_URL = url;
}
