/**
 * The client's address as the server established it. The production server (apps/web
 * scripts/next-server.mjs) replaces any X-Forwarded-For a client sent with the one address it
 * trusts: the socket's, or with TRUST_PROXY the one the trusted proxy saw. See docs/edge.md.
 */
export function requestAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const first = value?.split(",")[0]?.trim();
  return first ? first.slice(0, 64) : "unknown";
}
