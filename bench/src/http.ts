import { performance } from "node:perf_hooks";
import { Pool } from "undici";

/**
 * The load client: an undici connection pool per server, one connection per simulated user at
 * most, so requests run concurrently (not one awaited loop) and each is timed from send to the
 * last byte of its body.
 */
export class HttpClient {
  readonly pool: Pool;

  constructor(
    readonly origin: string,
    connections: number,
    /** The loopback address this client connects from (127.0.0.0/8), so per-address limits see it as its own machine. */
    localAddress?: string,
  ) {
    this.pool = new Pool(origin, {
      connections,
      localAddress,
      pipelining: 1,
      keepAliveTimeout: 60_000,
      headersTimeout: 60_000,
      bodyTimeout: 60_000,
    });
  }

  async request(
    method: "GET" | "POST",
    path: string,
    opts: { cookie?: string; body?: string; contentType?: string } = {},
  ): Promise<HttpResult> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.body !== undefined) headers["content-type"] = opts.contentType ?? "application/json";
    // A browser sends its page's origin with every POST; the app may require it to match the site.
    if (method === "POST") headers.origin = this.origin;
    const started = performance.now();
    try {
      const res = await this.pool.request({ method, path, headers, body: opts.body });
      const text = await res.body.text();
      return {
        ok: res.statusCode >= 200 && res.statusCode < 300,
        status: res.statusCode,
        text,
        setCookie: setCookies(res.headers["set-cookie"]),
        ms: performance.now() - started,
      };
    } catch (error) {
      return { ok: false, status: 0, text: String(error), setCookie: [], ms: performance.now() - started };
    }
  }

  close() {
    return this.pool.close();
  }
}

export type HttpResult = { ok: boolean; status: number; text: string; setCookie: string[]; ms: number };

function setCookies(header: string | string[] | undefined): string[] {
  if (!header) return [];
  return (Array.isArray(header) ? header : [header]).map((c) => c.split(";")[0]!);
}
