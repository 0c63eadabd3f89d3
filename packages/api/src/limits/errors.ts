import { TRPCError } from "@trpc/server";
import { type TLimitName } from "./table";

/** Why a request was refused: which limit, and how long until it may be tried again. */
export class RateLimitedError extends Error {
  constructor(
    readonly limit: TLimitName,
    readonly retryAfterSeconds: number,
  ) {
    super(`RATE_LIMITED:${retryAfterSeconds}`);
    this.name = "RateLimitedError";
  }
}

/** HTTP 429; the tRPC endpoint turns the cause into a Retry-After header. */
export function tooManyRequests(limit: TLimitName, retryAfterSeconds: number) {
  return new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: "RATE_LIMITED",
    cause: new RateLimitedError(limit, retryAfterSeconds),
  });
}

/** The longest wait among refusals (for one Retry-After over a batch), or null if none was limited. */
export function retryAfterOf(errors: readonly { cause?: unknown }[]): number | null {
  let longest: number | null = null;
  for (const error of errors) {
    if (error.cause instanceof RateLimitedError) {
      longest = Math.max(longest ?? 0, error.cause.retryAfterSeconds);
    }
  }
  return longest;
}
