import type { PoolConfig } from "pg";

/**
 * Discrete pool fields from a connection URL. adapter-pg makes its shadow database by overriding
 * `database`, which a `connectionString` would silently win over.
 */
export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
  };
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
