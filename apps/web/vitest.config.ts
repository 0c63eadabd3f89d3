import path from "node:path";
import { defineConfig } from "vitest/config";

const resolve = { alias: { "~": path.resolve(import.meta.dirname, "src") } };

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node" },
      },
      {
        resolve,
        test: {
          name: "integration",
          // A PostgreSQL for the tier: TEST_DATABASE_URL, the machine's, or one started from npm.
          globalSetup: ["@dc/db/vitest-global-setup"],
          // The HTTP edge (the tRPC route handler) against a real PostgreSQL, one database per file.
          include: ["test/**/*.integration.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
