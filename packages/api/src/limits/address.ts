/**
 * The client's address as the server established it. The production server (apps/web
 * scripts/next-server.mjs) replaces any X-Forwarded-For a client sent with one trusted address:
 * the socket's, or, with TRUST_PROXY=N, the one the N-th proxy from us saw. See docs/edge.md.
 */
export function requestAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const first = value?.split(",")[0]?.trim();
  return first ? first.slice(0, 64) : "unknown";
}

/**
 * The address one request came from: the socket's when no proxy is trusted; with `trustedHops`
 * proxies in front (each appending the address it saw to X-Forwarded-For), the entry the outermost
 * trusted proxy appended. Entries a client wrote itself sit further left and are never used.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedHops: number,
): string {
  const socket = (socketAddress ?? "").replace(/^::ffff:/, "") || "unknown";
  if (trustedHops <= 0 || !forwardedFor) return socket;
  const hops = forwardedFor
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // hops[length-1] was appended by the proxy next to us, hops[length-N] by the N-th.
  return hops[Math.max(0, hops.length - trustedHops)]?.replace(/^::ffff:/, "") ?? socket;
}
