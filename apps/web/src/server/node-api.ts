import { type IncomingMessage, type ServerResponse } from "node:http";
import { MAX_BODY_BYTES } from "./edge/body";
import { API_HEADERS, STATIC_SECURITY_HEADERS } from "./edge/headers";

/** A Node server's request handler. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** What next.config.ts puts on the JSON endpoints' responses; a request served here never reaches Next. */
const FIXED_HEADERS: Record<string, string> = Object.fromEntries(
  [...STATIC_SECURITY_HEADERS, ...API_HEADERS].map(({ key, value }) => [key.toLowerCase(), value]),
);

/**
 * A fetch-style route (Request in, Response out) served straight from Node's HTTP server, without
 * Next.js's router, request context and response streaming around it: for the tRPC endpoint those
 * were about a third of an exam save's CPU (bench/README.md). The route itself decides everything
 * (size limit, origin, session); this only converts. The body is read up to one byte past the
 * limit, so an oversized one is refused by the route without being read whole.
 */
export function serveFromNode(route: (req: Request) => Promise<Response>): NodeHandler {
  const fail = (res: ServerResponse, status: number, message: string) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(status, { ...FIXED_HEADERS, "content-type": "text/plain" }).end(message);
  };
  return (req, res) => {
    void (async () => {
      let request: Request;
      try {
        request = await toRequest(req);
      } catch {
        return fail(res, 400, "bad request"); // a Host that makes no URL, a body cut off mid-way
      }
      try {
        const response = await route(request);
        const body = Buffer.from(await response.arrayBuffer());
        const headers: Record<string, string | string[]> = { ...FIXED_HEADERS };
        response.headers.forEach((value, name) => (headers[name] = value));
        const cookies = response.headers.getSetCookie();
        if (cookies.length) headers["set-cookie"] = cookies;
        headers["content-length"] = String(body.length);
        res.writeHead(response.status, headers).end(body);
      } catch (error) {
        console.error("API request failed:", error);
        fail(res, 500, "internal server error");
      }
    })();
  };
}

async function toRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const url = `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`;
  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers });
  // Past the cap the route refuses the request unparsed; the rest is discarded as it arrives.
  const body = await readCapped(req, MAX_BODY_BYTES + 1);
  return new Request(url, { method, headers, body: new Uint8Array(body) });
}

/** The request's body, or its first `cap` bytes or so if it is longer (the rest is drained unkept). */
function readCapped(req: IncomingMessage, cap: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size < cap) return;
      req.off("data", onData).resume(); // flowing with no listener: the rest is dropped, and the connection stays usable
      resolve(Buffer.concat(chunks));
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
  });
}
