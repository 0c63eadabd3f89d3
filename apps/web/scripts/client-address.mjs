// The client's address for one request, decided once, by the server, from what it can trust.
// Plain JavaScript: the production server loads it without a TypeScript step.

/**
 * The socket's address when no proxy is trusted. With `trustedHops` proxies in front, each
 * appending the address it saw to X-Forwarded-For, the entry that the outermost trusted proxy
 * appended: entries further left were written by the client and are never used.
 * @param {string | undefined} socketAddress
 * @param {string | undefined} forwardedFor
 * @param {number} trustedHops
 * @returns {string}
 */
export function resolveClientAddress(socketAddress, forwardedFor, trustedHops) {
  const clean = (/** @type {string | undefined} */ a) => (a ?? "").trim().replace(/^::ffff:/, "");
  const socket = clean(socketAddress) || "unknown";
  if (!(trustedHops > 0) || !forwardedFor) return socket;
  const hops = forwardedFor
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return clean(hops[Math.max(0, hops.length - trustedHops)]) || socket;
}

/**
 * TRUST_PROXY: unset, "0" or "false" trust nothing; "true" trusts one proxy; a number, that many.
 * @param {string | undefined} value
 */
export function trustedHops(value) {
  if (!value || value === "false") return 0;
  if (value === "true") return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10)
    throw new Error(`TRUST_PROXY must be true, false or 0-10, not ${value}`);
  return n;
}

/**
 * Rewrites a Node request's forwarding headers so the app can believe them: X-Forwarded-For is
 * the one resolved address; X-Forwarded-Proto and -Host are dropped unless a proxy is trusted.
 * @param {import("node:http").IncomingMessage} req
 * @param {number} hops
 */
export function stampForwardedHeaders(req, hops) {
  const xff = req.headers["x-forwarded-for"];
  const forwardedFor = Array.isArray(xff) ? xff.join(",") : xff;
  req.headers["x-forwarded-for"] = resolveClientAddress(req.socket.remoteAddress, forwardedFor, hops);
  if (hops === 0) {
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-port"];
  }
}
