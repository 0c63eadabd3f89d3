import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Property tests run hundreds of cases, beside other packages' tests on a 2-core machine:
        // a busy machine made one take 5.6 s, past the default 5 s.
        test: { name: "unit", include: ["src/**/*.test.ts"], testTimeout: 20_000 },
      },
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
