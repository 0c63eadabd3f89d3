import { type Db } from "./client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { hashPassword } from "./password";

/**
 * Idempotent: creates what is missing and leaves existing rows (and their passwords) alone,
 * so running it twice changes nothing.
 */
export async function seed(db: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await db.user.upsert({
      where: { email: account.email },
      create: { ...account, passwordHash },
      update: {},
    });
  }
}
