import { type Db } from "./client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { hashPassword } from "./password";

/**
 * Idempotent: creates what is missing and leaves existing rows (and their passwords) alone,
 * so running it twice changes nothing. The demo teacher is a confirmed teacher.
 */
export async function seed(db: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const teacherConfirmedAt = account.role === "TEACHER" ? new Date() : null;
    await db.user.upsert({
      where: { email: account.email },
      create: { ...account, passwordHash, teacherConfirmedAt },
      update: {},
    });
  }
  // A demo database from before invitations has an unconfirmed demo teacher: confirm it.
  await db.user.updateMany({
    where: { email: "teacher@demo.test", role: "TEACHER", teacherConfirmedAt: null },
    data: { teacherConfirmedAt: new Date() },
  });
}
