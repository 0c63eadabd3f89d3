import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./src/migration-adapter";

// Prisma 6.19 on its WebAssembly schema engine: no engine download, so it works offline.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => createMigrationAdapter(),
});
