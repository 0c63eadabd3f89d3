// After `next build`: writes the empty manifests Next.js looks for on every request of a route
// handler and finds missing (its route runtime reads each with `handleMissing`, which yields `{}`
// but caches nothing, so every tRPC request paid for three failed file reads and their errors:
// ~2 % of an exam's web CPU, bench/README.md). The same `{}` from a file is read once and cached.
// A manifest the build did write is left as it is.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";

const dist = new URL("../.next/", import.meta.url).pathname;
/** @param {unknown} manifest @returns {string[]} */
const keysOf = (manifest) => (manifest && typeof manifest === "object" ? Object.keys(manifest) : []);
// The build's route entries, e.g. "/api/trpc/[trpc]/route".
const routes = keysOf(JSON.parse(readFileSync(path.join(dist, "server/app-paths-manifest.json"), "utf8")));
const optional = [
  "server/subresource-integrity-manifest.json",
  "dynamic-css-manifest",
  ...routes.filter((r) => r.endsWith("/route")).map((r) => `server/app${r}/react-loadable-manifest.json`),
];
let written = 0;
for (const manifest of optional) {
  const file = path.join(dist, manifest);
  if (existsSync(file)) continue;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "{}");
  written += 1;
}
process.stdout.write(`optional manifests: ${written} written as {}\n`);
