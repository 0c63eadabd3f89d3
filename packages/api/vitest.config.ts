import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts"] } },
      {
        test: {
          name: "integration",
          // A PostgreSQL for the tier: TEST_DATABASE_URL, the machine's, or one started from npm.
          globalSetup: ["@dc/db/vitest-global-setup"],
          include: ["test/**/*.integration.test.ts"],
          // One migrated database per file; files run one at a time to spare the 2-core machine.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
