import NextAuth from "next-auth";
import { authOptions } from "~/server/auth";
import { withSignInStatus } from "~/server/edge/sign-in-limit";

const handler = withSignInStatus(NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>);
export { handler as GET, handler as POST };
