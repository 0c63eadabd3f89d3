import { createHash } from "node:crypto";
import { PasswordBusyError, type Db } from "@dc/db";
import { RateLimiterRes } from "rate-limiter-flexible";
import { seconds } from "./consume";
import { RateLimitedError } from "./errors";
import { knownRefusalMs, rememberRefusal } from "./local-blocks";
import { limiter } from "./store";
import { LIMITS, lockoutSeconds } from "./table";

/** The shortest lockout: a refusal whose lockout may still be being written is remembered no longer. */
const SHORTEST_LOCKOUT_MS = lockoutSeconds(1) * 1000;

type SignInWho = { identifier: string | null; address: string };

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
  who: SignInWho,
  verify: () => Promise<T | null>,
): Promise<T | null> {
  const known = signInRefusedHere(who);
  if (known) throw known;
  const byAddress = limiter(db, "signInAddress");
  const spent = await byAddress.get(who.address);
  if (spent && spent.consumedPoints > LIMITS.signInAddress.points - 1 && spent.msBeforeNext > 0) {
    // Nothing lifts an address's block early: remember it for as long as the store said.
    rememberRefusal("signInAddress", who.address, spent.msBeforeNext);
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
    await byAddress.consume(who.address).catch((refusal: unknown) => {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      rememberRefusal("signInAddress", who.address, refusal.msBeforeNext);
    });
  }
  return user;
}

/**
 * A refusal this instance already knows of (the shared store decided it moments ago), found
 * without the database: the web layer asks before next-auth does any work at all, and
 * `limitSignIn` asks first too. Null when the store must be asked.
 */
export function signInRefusedHere(who: SignInWho): RateLimitedError | null {
  const address = knownRefusalMs("signInAddress", who.address);
  if (address > 0) return new RateLimitedError("signInAddress", seconds(address));
  if (!who.identifier) return null;
  const account = knownRefusalMs("signInAccount", accountKey(who.identifier));
  return account > 0 ? new RateLimitedError("signInAccount", seconds(account)) : null;
}

async function reserveAccountTry(db: Db, account: string) {
  const accountLimiter = limiter(db, "signInAccount");
  try {
    await accountLimiter.consume(account);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    if (refusal.consumedPoints !== LIMITS.signInAccount.points + 1) {
      // Locked out already, or a try that raced the lockout being written (then the store's time
      // is still the window's): refused here for at most the shortest lockout.
      rememberRefusal(
        "signInAccount",
        account,
        Math.min(refusal.msBeforeNext, SHORTEST_LOCKOUT_MS),
        refusal.msBeforeNext,
      );
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
    rememberRefusal("signInAccount", account, wait * 1000);
    throw new RateLimitedError("signInAccount", wait);
  }
}
