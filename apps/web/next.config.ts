import { type NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  // Our packages are TypeScript source, compiled by Next like the app's own files.
  transpilePackages: ["@dc/api", "@dc/content", "@dc/db"],
  // Native or WebAssembly modules are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(config);
