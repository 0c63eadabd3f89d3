import { type NodeHandler } from "./server/node-api";

/**
 * Next.js calls `register` once per server process at start (Node.js runtime only here). It starts
 * the attempt lifecycle's scheduled sweep (expired attempts finalised, due keys released; see
 * packages/api/src/attempts/sweep.ts): every instance starts one; a database lock lets one sweep at
 * a time. And it hands the production server (scripts/next-server.mjs) the tRPC endpoint as a
 * plain Node handler, compiled here with the rest of the app, which that server then serves
 * without Next's router (server/node-api.ts).
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next sets NEXT_RUNTIME per bundle at build time
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@dc/db");
  const { startAttemptSweep } = await import("@dc/api");
  // Dev-mode reloads run `register` again: one schedule per process.
  const cache = globalThis as unknown as { __dcSweep?: unknown; __dcNodeApi?: NodeHandler };
  cache.__dcSweep ??= startAttemptSweep(getDb());
  const { serveFromNode } = await import("./server/node-api");
  const { trpcRoute } = await import("./server/trpc-route");
  cache.__dcNodeApi ??= serveFromNode(trpcRoute);
}
