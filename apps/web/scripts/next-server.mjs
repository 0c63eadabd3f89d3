// The production server: Next.js behind a plain Node HTTP server that decides, per request, the
// client's address (and whether X-Forwarded-Proto/Host can be believed) before the app sees it.
// `next start` would keep any X-Forwarded-For a client sent, letting it pick its own rate limits.
import console from "node:console";
import { createServer } from "node:http";
import process from "node:process";
import { setTimeout as sleep } from "node:timers/promises";
import next from "next";
import { stampForwardedHeaders, trustedHops } from "./client-address.mjs";

const port = Number(process.env.PORT ?? 3000);
const hops = trustedHops(process.env.TRUST_PROXY);
const app = next({ dev: false, dir: new URL("..", import.meta.url).pathname, port });
const handle = app.getRequestHandler();
await app.prepare();

const api = await registeredApi();

const server = createServer((req, res) => {
  stampForwardedHeaders(req, hops);
  if (req.url?.startsWith("/api/trpc/")) api(req, res);
  else void handle(req, res);
});
server.listen(port, () => {
  console.log(`  ready on port ${port}${hops ? ` (trusting ${hops} proxy hop${hops > 1 ? "s" : ""})` : ""}`);
});
/**
 * The tRPC endpoint as a plain Node handler, which src/instrumentation.ts hands over once Next has
 * loaded it (shortly after prepare() returns): its requests, every answer a student saves, then
 * skip Next's router and response streaming.
 * @returns {Promise<import("node:http").RequestListener>}
 */
async function registeredApi() {
  const slot = /** @type {{ __dcNodeApi?: import("node:http").RequestListener }} */ (globalThis);
  for (let waited = 0; waited < 60_000; waited += 50) {
    if (slot.__dcNodeApi) return slot.__dcNodeApi;
    await sleep(50);
  }
  throw new Error("src/instrumentation.ts did not register the tRPC endpoint within 60 s");
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
