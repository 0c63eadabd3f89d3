import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "~/lib/return-path";
import { contentSecurityPolicy, HSTS } from "~/server/edge/headers";

/**
 * Runs before every page and API route: a Content-Security-Policy with a fresh nonce (Next.js puts
 * it on its own scripts), HSTS over https, and no caching of anything a signed-in user is shown.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  // The production server (scripts/next-server.mjs) vouches for X-Forwarded-Proto; see docs/edge.md.
  const https = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  // eslint-disable-next-line no-restricted-properties -- Next inlines NODE_ENV at build time; the proxy stays free of the env module
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Set here, whatever a client sent: the page asked for, so sign-in can bring the user back to it.
  requestHeaders.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  if (request.headers.has("cookie")) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  matcher: [
    // Everything but Next's hashed static files, the favicon and the JSON endpoints (tRPC and
    // next-auth), as Next.js documents a nonce CSP: no page is rendered there, so a nonce is of no
    // use, and they get a fixed, stricter policy and no-store from next.config.ts instead. Running
    // this on every exam request cost ~2.5 % of the web tier's CPU (bench/README.md).
    { source: "/((?!_next/static|_next/image|favicon.ico|api/trpc/|api/auth/).*)" },
  ],
};
