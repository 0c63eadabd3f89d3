import pg from "pg";

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Starts a fresh count of the statements the cluster runs (pg_stat_statements). */
export const resetStatements = (url: string) =>
  withClient(url, (c) => c.query("SELECT pg_stat_statements_reset()"));

/**
 * What the database did since the reset: statements the app sent (BEGIN/COMMIT included; not the
 * foreign-key checks and other statements run inside them), their total
 * execution time, and the statements that took most of it.
 */
export const readStatements = (url: string) =>
  withClient(url, async (c) => {
    const { rows } = await c.query<{ query: string; calls: number; total_ms: number; mean_ms: number }>(
      `SELECT query, calls::int, total_exec_time AS total_ms, mean_exec_time AS mean_ms
       FROM pg_stat_statements WHERE toplevel AND query NOT ILIKE '%pg_stat_statements%'
       ORDER BY total_exec_time DESC`,
    );
    const round = (v: number) => Math.round(v * 100) / 100;
    return {
      statements: rows.reduce((n, r) => n + r.calls, 0),
      exec_ms: Math.round(rows.reduce((n, r) => n + r.total_ms, 0)),
      top: rows.slice(0, 5).map((r) => ({
        query: r.query.replace(/\s+/g, " ").slice(0, 90),
        calls: r.calls,
        mean_ms: round(r.mean_ms),
        total_ms: Math.round(r.total_ms),
      })),
    };
  });
