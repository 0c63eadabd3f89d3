import { type NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_HEADERS, STATIC_SECURITY_HEADERS } from "./src/server/edge/headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  // Our packages are TypeScript source, compiled by Next like the app's own files.
  transpilePackages: ["@dc/api", "@dc/content", "@dc/db"],
  // Native or WebAssembly modules are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
  typedRoutes: false,
  // On every response, static files included; the CSP (with its nonce) and HSTS come from src/proxy.ts,
  // except on the JSON endpoints it skips, which get a fixed policy.
  headers: () =>
    Promise.resolve([
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      { source: "/api/trpc/:path*", headers: API_HEADERS },
      { source: "/api/auth/:path*", headers: API_HEADERS },
    ]),
};

export default withNextIntl(config);
