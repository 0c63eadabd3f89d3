import { describe, expect, it } from "vitest";
import { classifySaveFailure } from "./save-failure";

const trpcError = (message: string, code: string, httpStatus: number) =>
  Object.assign(new Error(message), { data: { code, httpStatus } });

describe("classifySaveFailure", () => {
  it("keeps an answer the server never answered, or could not store, to send again", () => {
    expect(classifySaveFailure(new TypeError("Failed to fetch"))).toBe("network");
    expect(classifySaveFailure(trpcError("INTERNAL_ERROR", "INTERNAL_SERVER_ERROR", 500))).toBe("retry");
    expect(classifySaveFailure(trpcError("RATE_LIMITED", "TOO_MANY_REQUESTS", 429))).toBe("retry");
    expect(classifySaveFailure(trpcError("x", "SERVICE_UNAVAILABLE", 503))).toBe("retry");
  });
  it("stops when the attempt is over, and drops only what the server refused as such", () => {
    expect(classifySaveFailure(trpcError("ATTEMPT_SUBMITTED", "CONFLICT", 409))).toBe("stop");
    expect(classifySaveFailure(trpcError("ATTEMPT_EXPIRED", "BAD_REQUEST", 400))).toBe("stop");
    expect(classifySaveFailure(trpcError("INVALID_RESPONSE", "BAD_REQUEST", 400))).toBe("refused");
  });
});
