import { hashPassword, verifyPassword, type Db } from "@dc/db";
import { type SessionUser } from "../context";
import { ZSignIn } from "./schemas";

// Verified against when the email is unknown, so a miss costs as long as a hit (no account probing by timing).
const decoyHash = hashPassword("decoy-password-never-used");

/** The user whose email and password these are, or null. Used by next-auth's credentials provider. */
export async function verifyCredentials(db: Db, raw: unknown): Promise<SessionUser | null> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !ok) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
