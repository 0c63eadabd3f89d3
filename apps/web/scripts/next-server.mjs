// The production server: Next.js behind a plain Node HTTP server that decides, per request, the
// client's address (and whether X-Forwarded-Proto/Host can be believed) before the app sees it.
// `next start` would keep any X-Forwarded-For a client sent, letting it pick its own rate limits.
import console from "node:console";
import { createServer } from "node:http";
import process from "node:process";
import next from "next";
import { stampForwardedHeaders, trustedHops } from "./client-address.mjs";

const port = Number(process.env.PORT ?? 3000);
const hops = trustedHops(process.env.TRUST_PROXY);
const app = next({ dev: false, dir: new URL("..", import.meta.url).pathname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  stampForwardedHeaders(req, hops);
  void handle(req, res);
});
server.listen(port, () => {
  console.log(`  ready on port ${port}${hops ? ` (trusting ${hops} proxy hop${hops > 1 ? "s" : ""})` : ""}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
