// `pnpm --filter @dc/bench profile:summary <dir or .cpuprofile> [function names…]`: where a web
// instance's CPU went, from the profiles `BENCH_WEB_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=…"`
// writes (the largest profile in a folder: the Next.js server). Self time by part (Next.js, Prisma,
// the app bundle, Node, GC…), the functions with the most self time, and, for each name given, the
// time spent inside it (callees included).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [target, ...names] = process.argv.slice(2);
if (!target) throw new Error("usage: profile-summary <dir or .cpuprofile> [function names…]");
const file = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith(".cpuprofile"))
      .map((f) => path.join(target, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]
  : target;
if (!file) throw new Error(`no .cpuprofile in ${target}`);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

/** The part of the server a frame belongs to, from its script's path. */
function partOf(frame: Node["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : "native";
  if (url.startsWith("node:")) return "node";
  if (/@prisma|prisma[/\\]|query_compiler/.test(url)) return "prisma";
  if (/node_modules[/\\](\.pnpm[/\\])?next[@/\\]/.test(url)) return "next";
  if (/\.next[/\\]server/.test(url)) return "app bundle";
  const pkg =
    /node_modules[/\\](?:\.pnpm[/\\][^/\\]+[/\\]node_modules[/\\])?((?:@[^/\\]+[/\\])?[^/\\]+)/.exec(url);
  return pkg ? pkg[1]! : url;
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

let total = 0;
let idle = 0;
const parts = new Map<string, number>();
const fns = new Map<string, number>();
for (const [id, us] of self) {
  const frame = byId.get(id)!.callFrame;
  total += us;
  if (frame.functionName === "(idle)") {
    idle += us;
    continue;
  }
  const part = partOf(frame);
  parts.set(part, (parts.get(part) ?? 0) + us);
  const fn = `${frame.functionName || "(anonymous)"} ${part} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
  fns.set(fn, (fns.get(fn) ?? 0) + us);
}
const busy = total - idle;
const share = (us: number) =>
  `${((us / busy) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms`;
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);

console.log(`${file}: busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms`);
console.log("\nself time by part");
for (const [part, us] of top(parts, 20)) console.log(`${share(us)}  ${part}`);
console.log("\nfunctions with the most self time");
for (const [fn, us] of top(fns, 40)) console.log(`${share(us)}  ${fn}`);

if (names.length) {
  // Inclusive time: each sample counts once for every named function on its stack.
  console.log("\ntime inside (callees included)");
  const inside = new Map<string, number>(names.map((n) => [n, 0]));
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (inside.has(name) && !seen.has(name)) {
        seen.add(name);
        inside.set(name, inside.get(name)! + us);
      }
    }
  }
  for (const [name, us] of inside) console.log(`${share(us)}  ${name}`);
}
