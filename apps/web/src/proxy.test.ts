import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "./proxy";

const csp = (res: Response) => res.headers.get("content-security-policy") ?? "";

describe("proxy", () => {
  it("gives every response its own nonce, and tells Next.js the same one", () => {
    const a = proxy(new NextRequest("http://localhost:3000/learn"));
    const b = proxy(new NextRequest("http://localhost:3000/learn"));
    const nonce = /'nonce-([^']+)'/.exec(csp(a))?.[1];
    expect(nonce).toBeTruthy();
    expect(csp(b)).not.toContain(nonce);
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp(a));
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(csp(a)).toContain("frame-ancestors 'none'");
    expect(csp(a)).not.toContain("unsafe-eval");
  });

  it("sends HSTS and upgrades requests only over https", () => {
    const plain = proxy(new NextRequest("http://localhost:3000/"));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    expect(csp(plain)).not.toContain("upgrade-insecure-requests");
    const proxied = proxy(new NextRequest("http://app:3000/", { headers: { "x-forwarded-proto": "https" } }));
    expect(proxied.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(csp(proxied)).toContain("upgrade-insecure-requests");
  });

  it("keeps what a signed-in browser is shown out of every cache", () => {
    const res = proxy(new NextRequest("http://localhost:3000/progress", { headers: { cookie: "a=b" } }));
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });

  it("runs on pages and leaves the JSON endpoints (fixed headers in next.config.ts) and static files alone", () => {
    const matches = (path: string) => config.matcher.some((m) => new RegExp(`^${m.source}$`).test(path));
    for (const page of ["/", "/learn/1", "/attempts/abc", "/sign-in", "/apiary"])
      expect(matches(page)).toBe(true);
    for (const skipped of ["/api/trpc/attempt.save", "/api/auth/callback/credentials", "/_next/static/x.js"])
      expect(matches(skipped)).toBe(false);
  });
});
