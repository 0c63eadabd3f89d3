import { createServer, request as httpRequest, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "./edge/body";
import { serveFromNode } from "./node-api";

/** What the route was given, echoed back; `/boom` throws as a buggy route would. */
async function echoRoute(req: Request): Promise<Response> {
  if (new URL(req.url).pathname === "/api/trpc/boom") throw new Error("route bug");
  const body = req.method === "POST" ? await req.text() : null;
  const headers = new Headers({ "content-type": "application/json", "cache-control": "no-store" });
  headers.append("set-cookie", "a=1; Path=/");
  headers.append("set-cookie", "b=2; Path=/");
  const echo = { method: req.method, url: req.url, cookie: req.headers.get("cookie"), body };
  return new Response(JSON.stringify(echo), { status: 201, headers });
}

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer(serveFromNode(echoRoute));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; text: string };
function send(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = httpRequest(
      { port, host: "127.0.0.1", path, method: opts.method ?? "GET", headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

describe("serveFromNode", () => {
  it("gives the route the request (URL from Host, headers, UTF-8 body) and sends its whole response with the API's headers", async () => {
    const reply = await send("/api/trpc/attempt.save?batch=1", {
      method: "POST",
      headers: { host: "school.example:8080", cookie: "x=1", "content-type": "application/json" },
      body: JSON.stringify({ text: "國內大循環為主體" }),
    });
    expect(reply.status).toBe(201);
    expect(JSON.parse(reply.text)).toEqual({
      method: "POST",
      url: "http://school.example:8080/api/trpc/attempt.save?batch=1",
      cookie: "x=1",
      body: JSON.stringify({ text: "國內大循環為主體" }),
    });
    expect(reply.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect(reply.headers["cache-control"]).toBe("no-store");
    expect(reply.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(Number(reply.headers["content-length"])).toBe(Buffer.byteLength(reply.text));
  });

  it("reads an oversized body only just past the limit", async () => {
    const reply = await send("/api/trpc/attempt.save", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: Buffer.alloc(MAX_BODY_BYTES * 4, 97),
    });
    const given = (JSON.parse(reply.text) as { body: string }).body;
    expect(given.length).toBeGreaterThan(MAX_BODY_BYTES);
    expect(given.length).toBeLessThan(MAX_BODY_BYTES * 2);
  });

  it("answers 500 when the route throws, and keeps serving", async () => {
    const reply = await send("/api/trpc/boom");
    expect(reply.status).toBe(500);
    expect(reply.text).not.toContain("route bug");
    expect((await send("/api/trpc/ok")).status).toBe(201);
  });
});
