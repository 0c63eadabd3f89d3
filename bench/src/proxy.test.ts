import { createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { Pool } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { RoundRobinProxy, retrySafe } from "./proxy";

/** An upstream that answers with its name and the forwarded client address; a dropping one cuts `?die` requests off. */
async function upstream(name: string, drops = false) {
  const server = createServer((req, res) => {
    if (drops && req.url?.includes("die")) return req.socket.destroy();
    res.end(JSON.stringify({ name, xff: req.headers["x-forwarded-for"] }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const open: { close: () => unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
});

async function setUp() {
  const a = await upstream("a");
  const b = await upstream("b", true);
  const proxy = new RoundRobinProxy(0);
  const port = await proxy.start();
  proxy.setUpstreams([a.origin, b.origin]);
  const client = new Pool(`http://127.0.0.1:${port}`, { localAddress: "127.0.3.7" });
  const send = async (method: "GET" | "POST", path: string, headers: Record<string, string> = {}) => {
    const res = await client.request({ method, path, headers, body: method === "POST" ? "{}" : undefined });
    const text = await res.body.text();
    return {
      status: res.statusCode,
      body: res.statusCode === 200 ? (JSON.parse(text) as { name: string; xff: string }) : null,
    };
  };
  open.push(client, proxy, { close: () => a.server.close() }, { close: () => b.server.close() });
  return { a, b, proxy, send };
}

describe("RoundRobinProxy", () => {
  it("alternates between the instances and passes the client's own address, not one it claims", async () => {
    const { send } = await setUp();
    const names = [];
    for (let i = 0; i < 4; i++) {
      const res = await send("GET", "/x", { "x-forwarded-for": "6.6.6.6" });
      expect(res.body?.xff).toBe("127.0.3.7");
      names.push(res.body?.name);
    }
    expect(new Set(names)).toEqual(new Set(["a", "b"]));
  });

  it("sends an idempotent procedure that an instance dropped to the other one", async () => {
    const { send } = await setUp();
    for (let i = 0; i < 4; i++) {
      const res = await send("POST", "/api/trpc/attempt.save?die=1");
      expect(res.status).toBe(200);
      expect(res.body?.name).toBe("a");
    }
  });

  it("does not send any other mutation twice", async () => {
    const { send } = await setUp();
    // Round robin: the first request goes to a, the second to b, which cuts it off.
    expect((await send("POST", "/api/trpc/class.create?die=1")).status).toBe(200);
    expect((await send("POST", "/api/trpc/class.create?die=1")).status).toBe(502);
    expect(retrySafe("POST", "/api/trpc/attempt.save")).toBe(true);
    expect(retrySafe("POST", "/api/trpc/class.create")).toBe(false);
    expect(retrySafe("GET", "/api/trpc/class.list?input=1")).toBe(true);
  });

  it("leaves an instance that refuses connections out, so every request is served", async () => {
    const { b, send } = await setUp();
    b.server.closeAllConnections();
    await new Promise((r) => b.server.close(r));
    for (let i = 0; i < 6; i++) {
      const res = await send("POST", "/api/trpc/class.create");
      expect(res.status).toBe(200);
      expect(res.body?.name).toBe("a");
    }
  });
});
