import { createHash } from "node:crypto";
import { PasswordBusyError, type Db } from "@dc/db";
import { RateLimiterRes } from "rate-limiter-flexible";
import { seconds } from "./consume";
import { RateLimitedError } from "./errors";
import { limiter } from "./store";
import { LIMITS, lockoutSeconds } from "./table";

/** An account as the limiter knows it: a hash of what was typed, so no email is stored here. */
export function accountKey(identifier: string): string {
  return createHash("sha256").update(identifier.trim().normalize("NFC").toLowerCase()).digest("base64url");
}

/**
 * Runs one sign-in under the limits: throws RateLimitedError, before `verify` runs (no password is
 * checked), when the address has failed too often or the account is locked out. Every account
 * name, existing or not, is limited alike, so a refusal says nothing about whether it exists.
 */
export async function limitSignIn<T>(
  db: Db,
  who: { identifier: string | null; address: string },
  verify: () => Promise<T | null>,
): Promise<T | null> {
  const byAddress = limiter(db, "signInAddress");
  const spent = await byAddress.get(who.address);
  if (spent && spent.consumedPoints > LIMITS.signInAddress.points - 1 && spent.msBeforeNext > 0) {
    throw new RateLimitedError("signInAddress", seconds(spent.msBeforeNext));
  }
  const account = who.identifier ? accountKey(who.identifier) : null;
  // Counted before the check, atomically, so a burst cannot slip past while passwords are checked.
  if (account) await reserveAccountTry(db, account);

  let user: T | null;
  try {
    user = await verify();
  } catch (error) {
    if (error instanceof PasswordBusyError) throw new RateLimitedError("signInAddress", 2);
    throw error;
  }
  if (user) {
    if (account) await limiter(db, "signInAccount").delete(account); // "in a row" starts again
  } else {
    await byAddress.consume(who.address).catch(ignoreRefusal);
  }
  return user;
}

async function reserveAccountTry(db: Db, account: string) {
  const accountLimiter = limiter(db, "signInAccount");
  try {
    await accountLimiter.consume(account);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    if (refusal.consumedPoints !== LIMITS.signInAccount.points + 1) {
      throw new RateLimitedError("signInAccount", seconds(refusal.msBeforeNext));
    }
    // The first refusal of a window starts a lockout, twice as long as the last one today.
    const lockouts = await limiter(db, "signInLockout")
      .consume(account)
      .catch((r: unknown) => {
        if (r instanceof RateLimiterRes) return r;
        throw r;
      });
    const wait = lockoutSeconds(lockouts.consumedPoints);
    await accountLimiter.block(account, wait);
    throw new RateLimitedError("signInAccount", wait);
  }
}

function ignoreRefusal(refusal: unknown) {
  if (!(refusal instanceof RateLimiterRes)) throw refusal;
}
