import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { childEnv, webNodeOptions } from "./bench-env";
import { log } from "./log";
import { sleep } from "./stats";

export const REPO = path.resolve(import.meta.dirname, "../..");

/** Runs a command (in the repository, or `cwd`) to its end, its output on stderr (stdout is the report's). */
export function run(command: string, args: string[], env: Record<string, string> = {}, cwd = REPO) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ["ignore", process.stderr, process.stderr],
      env: childEnv({ NEXT_TELEMETRY_DISABLED: "1", ...env }),
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")}: exit ${code}`)),
    );
  });
}

/** The production build (`next build`), through turbo so that an unchanged tree is a cache hit. */
export async function buildWeb() {
  const started = Date.now();
  await run("pnpm", ["exec", "turbo", "run", "build", "--filter=@dc/web", "--output-logs=errors-only"]);
  return (Date.now() - started) / 1000;
}

export type Server = {
  origin: string;
  /** The process group's id (pnpm's pid): every process of the instance is in it. */
  pid: number;
  stop: () => Promise<void>;
  /** A crash: SIGKILL to the whole process group (pnpm, the serve script, next), no clean-up. */
  kill: () => void;
  output: () => string;
};

/**
 * `next start` through the app's own serve script (which migrates first), in its own process
 * group so that stopping it ends next, the embedded database and pnpm together.
 */
export async function startServer(opts: { port: number; env: Record<string, string> }): Promise<Server> {
  const origin = `http://127.0.0.1:${opts.port}`;
  const child: ChildProcess = spawn("pnpm", ["--filter", "@dc/web", "serve"], {
    cwd: REPO,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // The site's URL is the one the clients use (behind a proxy, the caller passes the proxy's).
    env: childEnv({
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(opts.port),
      NEXTAUTH_URL: origin,
      // Profiling aid: e.g. BENCH_WEB_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" (written at a clean stop).
      ...(webNodeOptions() ? { NODE_OPTIONS: webNodeOptions() } : {}),
      ...opts.env,
    }),
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  child.on("exit", () => (exited = true));

  const kill = () => {
    if (!exited && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  };
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    for (let i = 0; i < 100 && !exited; i++) await sleep(100);
    if (!exited) process.kill(-child.pid, "SIGKILL");
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited while starting:\n${output.slice(-3000)}`);
    try {
      const res = await fetch(`${origin}/sign-in`);
      if (res.ok) {
        log(`server ready at ${origin}`);
        return { origin, pid: child.pid!, stop, kill, output: () => output };
      }
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await stop();
  throw new Error(`the server did not start in 180 s:\n${output.slice(-3000)}`);
}
