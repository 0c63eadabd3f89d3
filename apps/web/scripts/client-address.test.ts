import { describe, expect, it } from "vitest";
import { type IncomingMessage } from "node:http";
import { resolveClientAddress, stampForwardedHeaders, trustedHops } from "./client-address.mjs";

describe("resolveClientAddress", () => {
  it("uses the socket's address and ignores what the client wrote when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });
  it("behind N trusted proxies, takes the address the outermost one appended", () => {
    // The client wrote "6.6.6.6"; the proxy appended the address it really saw.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", 2)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7", 3)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });
});

describe("trustedHops", () => {
  it("reads TRUST_PROXY", () => {
    expect([undefined, "", "false", "0", "true", "2"].map(trustedHops)).toEqual([0, 0, 0, 0, 1, 2]);
    expect(() => trustedHops("yes")).toThrow(/TRUST_PROXY/);
  });
});

describe("stampForwardedHeaders", () => {
  const request = (headers: Record<string, string>) =>
    ({ headers: { ...headers }, socket: { remoteAddress: "203.0.113.9" } }) as unknown as IncomingMessage;

  it("replaces what a client wrote with the socket's address and drops forwarded proto and host", () => {
    const req = request({
      "x-forwarded-for": "1.2.3.4",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil",
    });
    stampForwardedHeaders(req, 0);
    expect(req.headers).toEqual({ "x-forwarded-for": "203.0.113.9" });
  });
  it("keeps a trusted proxy's proto and host", () => {
    const req = request({ "x-forwarded-for": "6.6.6.6, 198.51.100.7", "x-forwarded-proto": "https" });
    stampForwardedHeaders(req, 1);
    expect(req.headers).toEqual({ "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https" });
  });
});
