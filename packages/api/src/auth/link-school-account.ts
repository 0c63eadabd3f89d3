import { Prisma, type Db } from "@dc/db";
import { type TSignedInUser } from "./verify-credentials";

export type TSchoolClaims = {
  /** The issuer of the ID token (the provider's URL). */
  issuer: string;
  /** The provider's stable id for the person (`sub`). */
  subject: string;
  email?: unknown;
  emailVerified?: unknown;
};

export type TLinkRefusal = "NOT_VERIFIED" | "DOMAIN_NOT_ALLOWED" | "UNKNOWN_ACCOUNT" | "DEACTIVATED";
export type TLinkResult =
  | { ok: true; user: TSignedInUser; linked: boolean }
  | { ok: false; reason: TLinkRefusal };

const sessionUser = (u: TSignedInUser): TSignedInUser => ({
  id: u.id,
  role: u.role,
  name: u.name,
  email: u.email,
});

/**
 * Finds the account a school (OpenID Connect) sign-in belongs to. A known identity (issuer + subject)
 * decides on its own, so a later change of e-mail address at the school does not matter. Otherwise the
 * provider's e-mail must be verified, in one of the school's domains, and already belong to an account
 * here (made by an invitation, a roster or sign-up): the provider never creates accounts or gives roles.
 */
export async function linkSchoolAccount(
  db: Db,
  claims: TSchoolClaims,
  allowedDomains: readonly string[],
): Promise<TLinkResult> {
  const known = await db.identity.findUnique({
    where: { issuer_subject: { issuer: claims.issuer, subject: claims.subject } },
    include: { user: true },
  });
  if (known) {
    if (known.user.deactivatedAt) return { ok: false, reason: "DEACTIVATED" };
    return { ok: true, user: sessionUser(known.user), linked: false };
  }

  // Some providers send the flag as a string.
  if (claims.emailVerified !== true && claims.emailVerified !== "true")
    return { ok: false, reason: "NOT_VERIFIED" };
  if (typeof claims.email !== "string" || !claims.email.includes("@"))
    return { ok: false, reason: "NOT_VERIFIED" };
  const email = claims.email.trim().toLowerCase();
  const domain = email.slice(email.lastIndexOf("@") + 1);
  if (!allowedDomains.includes(domain)) return { ok: false, reason: "DOMAIN_NOT_ALLOWED" };

  const user = await db.user.findUnique({ where: { email } });
  if (!user) return { ok: false, reason: "UNKNOWN_ACCOUNT" };
  if (user.deactivatedAt) return { ok: false, reason: "DEACTIVATED" };

  try {
    await db.$transaction([
      db.identity.create({ data: { issuer: claims.issuer, subject: claims.subject, userId: user.id } }),
      db.auditEntry.create({
        data: {
          action: "identity.link",
          actorId: user.id,
          targetId: user.id,
          details: { issuer: claims.issuer },
        },
      }),
    ]);
  } catch (error) {
    // Two first sign-ins at once: the other one linked it already, to this same account.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  return { ok: true, user: sessionUser(user), linked: true };
}
