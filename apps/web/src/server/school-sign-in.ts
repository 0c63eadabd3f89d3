import "server-only";
import { linkSchoolAccount } from "@dc/api";
import { getDb } from "@dc/db";
import { type CallbacksOptions } from "next-auth";
import { type OAuthConfig } from "next-auth/providers/oauth";
import { env } from "~/env";

/** The provider id: Google and Microsoft are told the redirect URI /api/auth/callback/school. */
export const SCHOOL_PROVIDER_ID = "school";

type TSchoolProfile = {
  sub: string;
  iss?: string;
  email?: string;
  email_verified?: unknown;
  /** Microsoft Entra ID: the e-mail's domain is verified by the tenant (it sends no email_verified). */
  xms_edov?: unknown;
  name?: string;
};

/** "Sign in with your school account": any OpenID Connect provider, when the deployment configures one. */
export const schoolProviders: OAuthConfig<TSchoolProfile>[] = env.schoolSignIn
  ? [
      {
        id: SCHOOL_PROVIDER_ID,
        name: env.schoolSignIn.name ?? "School account",
        type: "oauth",
        wellKnown: `${env.schoolSignIn.issuer}/.well-known/openid-configuration`,
        issuer: env.schoolSignIn.issuer,
        clientId: env.schoolSignIn.clientId,
        clientSecret: env.schoolSignIn.clientSecret,
        authorization: { params: { scope: "openid email profile" } },
        // The ID token is checked (signature, issuer, audience, expiry) and its claims are the profile.
        idToken: true,
        checks: ["pkce", "state"],
        profile: (p) => ({ id: p.sub, name: p.name ?? p.email ?? "", email: p.email ?? null }),
      },
    ]
  : [];

/**
 * next-auth's signIn callback for school sign-in: the provider's identity must belong to an account
 * here. A refusal goes back to the sign-in page with a reason it can explain.
 */
export const allowSchoolSignIn: CallbacksOptions["signIn"] = async ({ user, account, profile }) => {
  if (account?.provider !== SCHOOL_PROVIDER_ID || !env.schoolSignIn) return true;
  const claims = profile as TSchoolProfile | undefined;
  const result = await linkSchoolAccount(
    getDb(),
    {
      issuer: claims?.iss ?? env.schoolSignIn.issuer,
      subject: account.providerAccountId,
      email: claims?.email,
      emailVerified: claims?.email_verified ?? claims?.xms_edov,
    },
    env.schoolSignIn.allowedDomains,
  );
  if (!result.ok) return `/sign-in?error=School_${result.reason}`;
  // Without an adapter next-auth hands this same object to the jwt callback: from here on it is the
  // account here (its id and role), exactly as after a password sign-in.
  Object.assign(user, result.user);
  return true;
};
