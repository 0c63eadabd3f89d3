import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import pLimit from "p-limit";

/**
 * argon2 takes ~20 ms of a core and 19 MiB each time. Run at most half the cores' worth at once,
 * so that a burst of sign-ins waits its turn instead of slowing every other request; and refuse
 * (PasswordBusyError, shown as "try again in a moment") rather than queue without end.
 */
const slots = pLimit(Math.max(1, Math.floor(availableParallelism() / 2)));
const MAX_WAITING = 64;

export class PasswordBusyError extends Error {
  constructor() {
    super("PASSWORD_CHECKS_BUSY");
    this.name = "PasswordBusyError";
  }
}

let checks = 0;
/** How many passwords this process has verified (tests and the bench count evaluated tries). */
export const passwordChecks = () => checks;

function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (slots.pendingCount >= MAX_WAITING) return Promise.reject(new PasswordBusyError());
  return slots(work);
}

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum.
export function hashPassword(password: string) {
  return inSlot(() => hash(password));
}

export async function verifyPassword(passwordHash: string, password: string) {
  return inSlot(async () => {
    checks++;
    try {
      return await verify(passwordHash, password);
    } catch {
      return false; // a malformed stored hash never signs anyone in
    }
  });
}
