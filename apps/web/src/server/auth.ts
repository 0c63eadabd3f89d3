import "server-only";
import {
  checkSession,
  createSession,
  endSession,
  SESSION_ABSOLUTE_MS,
  verifyCredentials,
  type SessionUser,
  type TRole,
} from "@dc/api";
import { getDb } from "@dc/db";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { cache } from "react";
import { env } from "~/env";
import { allowSchoolSignIn, schoolProviders } from "./school-sign-in";
import { limitedAuthorize } from "./edge/sign-in-limit";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The cookie is a signed JWT that carries the id of a server-side Session row (sid); the row is
  // what decides: signing out, a password change or a deactivation ends it at once.
  session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_MS / 1000 },
  // Errors of school sign-in (e.g. the provider refused) are explained on the sign-in page too.
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email or login id",
      credentials: { login: { type: "text" }, password: { type: "password" } },
      authorize: limitedAuthorize((credentials) => verifyCredentials(getDb(), credentials)),
    }),
    ...schoolProviders,
  ],
  callbacks: {
    signIn: allowSchoolSignIn,
    async jwt({ token, user }) {
      // `user` is there only at sign-in: that is when the server-side session starts.
      if (user) {
        const signedIn = user as unknown as { id: string; role: TRole };
        const userAgent = (await headers()).get("user-agent");
        Object.assign(token, {
          id: signedIn.id,
          role: signedIn.role,
          sid: await createSession(getDb(), signedIn.id, userAgent),
        });
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid, user: { role: token.role, name: token.name, email: token.email } };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(getDb(), token.sid);
    },
  },
};

/**
 * The signed-in user, or null: the cookie's session id must name a live Session row (one indexed
 * query, made once per request however many components ask). Fails closed.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  return checkSession(getDb(), session?.sid);
});
