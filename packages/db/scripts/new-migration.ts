// Writes a new SQL migration from the difference between the committed migrations and schema.prisma.
// Needs a PostgreSQL server for a throwaway shadow database: DATABASE_URL, or the machine's 127.0.0.1:5432.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrationsDir, prisma } from "../src/migrate";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: pnpm db:migration:new <name>   e.g. pnpm db:migration:new add_classes");
  process.exit(2);
}
const url = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const hasMigrations = existsSync(migrationsDir) && readdirSync(migrationsDir).some((d) => /^\d+_/.test(d));
const from = hasMigrations ? ["--from-migrations", migrationsDir] : ["--from-empty"];
const sql = await prisma(
  ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  url,
);
if (!/^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)/im.test(sql)) {
  console.log("schema.prisma matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
const lock = path.join(migrationsDir, "migration_lock.toml");
if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
