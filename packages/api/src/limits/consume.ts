import { type Db } from "@dc/db";
import { RateLimiterRes } from "rate-limiter-flexible";
import { tooManyRequests } from "./errors";
import { limiter } from "./store";
import { type TLimitName } from "./table";

export const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Counts one try of `name` for `key`, atomically in the shared store; throws 429 (TRPCError with a
 * RateLimitedError cause) once the limit is spent, before any of the work is done.
 */
export async function consumeLimit(db: Db, name: TLimitName, key: string): Promise<void> {
  try {
    await limiter(db, name).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooManyRequests(name, seconds(error.msBeforeNext));
    throw error;
  }
}
