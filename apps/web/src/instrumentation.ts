/**
 * Next.js calls `register` once per server process at start. It starts the attempt lifecycle's
 * scheduled sweep (expired attempts finalised, due keys released; see packages/api/src/attempts/sweep.ts)
 * in the Node.js runtime only. Every instance starts one; a database lock lets one sweep at a time.
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next sets NEXT_RUNTIME per bundle at build time
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@dc/db");
  const { startAttemptSweep } = await import("@dc/api");
  // Dev-mode reloads run `register` again: one schedule per process.
  const cache = globalThis as unknown as { __dcSweep?: unknown };
  cache.__dcSweep ??= startAttemptSweep(getDb());
}
