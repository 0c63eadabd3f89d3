import "server-only";
import { verifyCredentials, type SessionUser } from "@dc/api";
import { getDb } from "@dc/db";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "~/env";
import { limitedAuthorize } from "./edge/sign-in-limit";

const ZSessionUser = z.object({
  id: z.string().min(1),
  role: z.enum(["STUDENT", "TEACHER"]),
  name: z.string(),
  email: z.string(),
});

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // Credentials sign-in needs JWT sessions; the token is signed, so instances share nothing but the secret.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: limitedAuthorize((credentials) => verifyCredentials(getDb(), credentials)),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) Object.assign(token, { id: user.id, role: (user as SessionUser).role });
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { id: token.id, role: token.role, name: token.name, email: token.email } };
    },
  },
};

/** The signed-in user, or null. Fails closed: a session without a valid id and role counts as none. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const parsed = ZSessionUser.safeParse(session?.user);
  return parsed.success ? parsed.data : null;
}
