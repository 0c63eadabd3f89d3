import { describe, expect, it } from "vitest";
import { shouldRetryQuery } from "./retry";

const trpcError = (httpStatus: number) => ({ message: "X", data: { httpStatus } });

describe("shouldRetryQuery", () => {
  it("shows the server's own refusals at once", () => {
    for (const status of [400, 401, 403, 404, 412])
      expect(shouldRetryQuery(0, trpcError(status))).toBe(false);
  });
  it("tries again after a network failure, a server error, a time-out or a rate limit, a few times", () => {
    expect(shouldRetryQuery(0, new TypeError("Failed to fetch"))).toBe(true);
    expect(shouldRetryQuery(1, trpcError(500))).toBe(true);
    expect(shouldRetryQuery(0, trpcError(429))).toBe(true);
    expect(shouldRetryQuery(2, trpcError(408))).toBe(true);
    expect(shouldRetryQuery(3, trpcError(503))).toBe(false);
  });
});
