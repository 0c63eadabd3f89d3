import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { Pool } from "undici";

/**
 * tRPC procedures a proxy may send twice: the app makes each idempotent (saves are revisioned,
 * a start resumes the open attempt, a submission is scored once), so a request cut off by a dying
 * instance can go to another one. Anything else is retried only when it never reached an instance.
 */
const IDEMPOTENT_PROCEDURES = new Set(["attempt.save", "assignment.start", "attempt.submit", "attempt.get"]);

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "content-length",
]);

/** How long an instance that refused or dropped a connection gets no new requests. */
const DOWN_MS = 3000;

type Upstream = { origin: string; pool: Pool; downUntil: number };

export type ProxyStats = {
  forwarded: number;
  retried: number;
  failed: number;
  markedDown: number;
  /** Distinct client addresses seen. */
  clients: number;
};

/** The tRPC procedure a request path calls, or undefined for anything else. */
const procedureOf = (url: string) => /^\/api\/trpc\/([^?]+)/.exec(url)?.[1];

/** Whether the request may be sent again after the instance it went to failed mid-way. */
export function retrySafe(method: string, url: string) {
  if (method === "GET" || method === "HEAD") return true;
  const procedure = procedureOf(url);
  return procedure !== undefined && IDEMPOTENT_PROCEDURES.has(procedure);
}

/** The connection never reached the instance, so no request was processed: any request may go elsewhere. */
const neverArrived = (error: unknown) => {
  const code = (error as { code?: string }).code;
  return code === "ECONNREFUSED" || code === "UND_ERR_CONNECT_TIMEOUT";
};

/**
 * The bench's small reverse proxy in front of the web instances, as a school's load balancer:
 * round robin over the live instances, an instance that refuses or drops connections is left out
 * for a few seconds, and a request it failed is sent to the next instance when that is safe. The
 * client's address goes on in `X-Forwarded-For` (replaced, not appended: this proxy is the edge,
 * so nothing a client sends in that header is passed on).
 *
 * Written on node:http and undici (already the bench's client) rather than http-proxy, which has
 * had no release since 2020; what is needed here is the failover, a few lines either way.
 */
export class RoundRobinProxy {
  private upstreams: Upstream[] = [];
  private next = 0;
  private server: Server | null = null;
  private readonly clients = new Set<string>();
  /** Per tRPC procedure, how long each forwarded request took its instance (sent until its body was read). */
  private upstreamMs = new Map<string, number[]>();
  readonly stats: ProxyStats = { forwarded: 0, retried: 0, failed: 0, markedDown: 0, clients: 0 };

  constructor(
    private readonly port: number,
    private readonly connectionsPerUpstream = 128,
  ) {}

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The instances to balance over (pools of instances no longer listed are closed). */
  setUpstreams(origins: readonly string[]) {
    const keep = this.upstreams.filter((u) => origins.includes(u.origin));
    for (const u of this.upstreams) if (!origins.includes(u.origin)) void u.pool.close();
    this.upstreams = origins.map(
      (origin) =>
        keep.find((u) => u.origin === origin) ?? {
          origin,
          downUntil: 0,
          pool: new Pool(origin, {
            connections: this.connectionsPerUpstream,
            pipelining: 1,
            keepAliveTimeout: 60_000,
            headersTimeout: 60_000,
            bodyTimeout: 60_000,
          }),
        },
    );
  }

  async start() {
    this.server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => void this.handle(req, res));
    this.server.maxConnections = 10_000;
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(this.port, "127.0.0.1", () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close() {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    await Promise.all(this.upstreams.map((u) => u.pool.close()));
  }

  /** The instances' own times per procedure since the last call (the client's time less the proxy's and its own loop's). */
  takeUpstreamTimes(): Map<string, number[]> {
    const times = this.upstreamMs;
    this.upstreamMs = new Map();
    return times;
  }

  /** Live instances first, in round-robin order; down ones last (tried when nothing else is left). */
  private order(): Upstream[] {
    const now = Date.now();
    const start = this.next++ % Math.max(1, this.upstreams.length);
    const rotated = [...this.upstreams.slice(start), ...this.upstreams.slice(0, start)];
    return [...rotated.filter((u) => u.downUntil <= now), ...rotated.filter((u) => u.downUntil > now)];
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    }
    const client = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
    if (!this.clients.has(client)) this.stats.clients = this.clients.add(client).size;
    headers["x-forwarded-for"] = client;
    headers["x-real-ip"] = client;
    headers["x-forwarded-proto"] = "http";
    headers["x-forwarded-host"] = req.headers.host ?? `127.0.0.1:${this.port}`;
    const method = req.method ?? "GET";
    const path = req.url ?? "/";
    const safe = retrySafe(method, path);
    const procedure = procedureOf(path) ?? "other";

    let lastError: unknown = null;
    const order = this.order();
    for (const [tried, upstream] of order.entries()) {
      try {
        const sent = performance.now();
        const up = await upstream.pool.request({
          method: method as "GET",
          path,
          headers,
          body,
        });
        const out: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(up.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
        }
        const payload = Buffer.from(await up.body.arrayBuffer());
        const times = this.upstreamMs.get(procedure) ?? [];
        this.upstreamMs.set(procedure, times);
        times.push(performance.now() - sent);
        res.writeHead(up.statusCode, { ...out, "content-length": payload.length });
        res.end(payload);
        this.stats.forwarded += 1;
        return;
      } catch (error) {
        lastError = error;
        if (upstream.downUntil <= Date.now()) this.stats.markedDown += 1;
        upstream.downUntil = Date.now() + DOWN_MS;
        if (!safe && !neverArrived(error)) break;
        if (tried + 1 < order.length) this.stats.retried += 1;
      }
    }
    this.stats.failed += 1;
    if (!res.headersSent) {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(`bad gateway: ${String((lastError as Error | null)?.message ?? "no instance")}`);
    } else {
      res.destroy();
    }
  }
}
