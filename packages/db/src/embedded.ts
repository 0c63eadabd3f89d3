import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * PostgreSQL in-process (PGlite, WebAssembly), served on a local TCP port so that the app and the
 * Prisma CLI connect to it exactly as to a real server. Data persists in `dataDir`.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
}: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  // PGlite runs one query at a time; the socket server queues connections' queries and keeps
  // each transaction on its own connection.
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port, maxConnections: 64 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}
