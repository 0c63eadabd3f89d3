import { changePassword } from "../auth/change-password";
import { currentUser } from "../auth/current-user";
import { ZChangePassword, ZSignUp } from "../auth/schemas";
import { endSessions } from "../auth/sessions";
import { signUp } from "../auth/sign-up";
import { createTRPCRouter, limited, passwordChangeProcedure, publicProcedure } from "../trpc";
import {
  ZSignUpOutput,
  ZCurrentUserOutput,
  ZChangePasswordOutput,
  ZSessionsEndedOutput,
} from "../auth/outputs";

export const authRouter = createTRPCRouter({
  /** Students only: the role is never taken from the form (teachers join by invitation). */
  signUp: publicProcedure
    .use(limited("signUpAddress"))
    .input(ZSignUp)
    .output(ZSignUpOutput)
    .mutation(({ ctx, input }) => signUp(ctx.db, input)),

  /** The signed-in user as stored now (the session may be older than a rename). */
  me: passwordChangeProcedure
    .output(ZCurrentUserOutput)
    .query(({ ctx }) => currentUser(ctx.db, ctx.session.id)),

  /** Allowed with a one-time password: it is how one gets rid of it. Ends the caller's other sessions. */
  changePassword: passwordChangeProcedure
    .input(ZChangePassword)
    .output(ZChangePasswordOutput)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.session, input)),

  /** Ends every session of the caller, this one included. */
  signOutEverywhere: passwordChangeProcedure.output(ZSessionsEndedOutput).mutation(async ({ ctx }) => ({
    ended: await endSessions(ctx.db, ctx.session.id),
  })),
});
