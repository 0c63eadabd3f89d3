import { hashPassword, verifyPassword, type Db } from "@dc/db";
import { ZSignIn } from "./schemas";

// Verified against when the account is unknown, so a miss costs as long as a hit (no account probing by timing).
const decoyHash = hashPassword("decoy-password-never-used");

export type TSignedInUser = {
  id: string;
  name: string;
  email: string | null;
  role: "STUDENT" | "TEACHER" | "ADMIN";
};

/**
 * The user whose email or login id and password these are, or null (also for a deactivated account
 * or one without a password). Used by next-auth's credentials provider.
 */
export async function verifyCredentials(db: Db, raw: unknown): Promise<TSignedInUser | null> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return null;
  const login = parsed.data.login.toLowerCase();
  const user = await db.user.findUnique({
    where: login.includes("@") ? { email: login } : { loginId: login },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash), parsed.data.password);
  if (!user || !ok || !user.passwordHash || user.deactivatedAt) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
