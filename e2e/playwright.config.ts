import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Two production servers: one on a fresh database of the machine's PostgreSQL (or, when none
// answers, of a PostgreSQL 18 from npm that its start script runs), and one exactly as
// a newcomer gets it (embedded PGlite in an empty data folder).
// Overridable so that two test runs on one machine don't collide.
const PG_PORT = Number(process.env.E2E_PORT ?? 3100);
const EMBEDDED_PORT = PG_PORT + 100;
// The school's OpenID provider (a real one, e2e/scripts/oidc-server.ts) and the SMTP server that the
// "forgot password" test starts itself: small offsets, so that runs with ports 100 apart never collide.
const OIDC_PORT = PG_PORT + 11;
export const SMTP_PORT = PG_PORT + 25;
const oidcClient = {
  OIDC_CLIENT_ID: "dual-circulation-e2e",
  OIDC_CLIENT_SECRET: `e2e-oidc-secret-${PG_PORT}`,
};
// Workers load this file again: the id must survive into them, so it lives in the environment.
const runId = (process.env.E2E_RUN_ID ??= randomUUID().slice(0, 8));
export const e2eDatabase = `dc_e2e_${runId}`;
const secret = `e2e-secret-${runId}-0123456789abcdef`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests",
  fullyParallel: false,
  workers: 1,
  retries: 0, // flakiness is fixed, not hidden
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    locale: "zh-TW", // the default interface language follows the browser
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "postgres", testIgnore: /embedded/, use: { baseURL: `http://localhost:${PG_PORT}` } },
    { name: "embedded", testMatch: /embedded/, use: { baseURL: `http://localhost:${EMBEDDED_PORT}` } },
  ],
  webServer: [
    {
      command: "pnpm exec tsx scripts/oidc-server.ts",
      url: `http://localhost:${OIDC_PORT}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        OIDC_PORT: String(OIDC_PORT),
        OIDC_REDIRECT_URI: `http://localhost:${PG_PORT}/api/auth/callback/school`,
        ...oidcClient,
      },
    },
    {
      command: "pnpm exec tsx scripts/start-server.ts",
      url: `http://localhost:${PG_PORT}/sign-in`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(PG_PORT),
        E2E_DATABASE: e2eDatabase,
        E2E_RUN_ID: runId,
        NEXTAUTH_SECRET: secret,
        OIDC_ISSUER: `http://localhost:${OIDC_PORT}`,
        ...oidcClient,
        OIDC_ALLOWED_DOMAINS: "school.test",
        OIDC_NAME: "Test School",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_FROM: "雙循環・深讀 <no-reply@school.test>",
      },
      // A signal, not Playwright's default SIGKILL: the start script drops the run's database on exit.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    {
      command: "pnpm --filter @dc/web serve",
      cwd: "..",
      url: `http://localhost:${EMBEDDED_PORT}/sign-in`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(EMBEDDED_PORT),
        DATABASE_URL: "",
        PGLITE_DATA_DIR: path.join(tmpdir(), `dc-e2e-pglite-${runId}`, "pglite"),
        PGLITE_PORT: String(PG_PORT + 51_301),
      },
    },
  ],
});
