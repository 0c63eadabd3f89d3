import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { childEnv, e2eDatabaseUrl } from "./e2e-env";

/**
 * `pnpm user:create` on the run's database, as a deployment makes its first admin. Returns the
 * password: the given one (through stdin), or the one the command generated and printed.
 */
export function createAccountCli(opts: {
  role: "admin" | "teacher" | "student";
  email: string;
  name: string;
  password?: string;
}) {
  const args = ["--silent", "user:create", "--role", opts.role, "--email", opts.email, "--name", opts.name];
  if (opts.password) args.push("--password-stdin");
  const out = execFileSync("pnpm", args, {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: childEnv({ DATABASE_URL: e2eDatabaseUrl() }),
    input: opts.password ? `${opts.password}\n` : "",
    encoding: "utf8",
  });
  return opts.password ?? /password: (\S+)/.exec(out)![1]!;
}

/** Direct SQL on the end-to-end database, for what a test cannot wait for (e.g. a deadline passing). */
export async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
