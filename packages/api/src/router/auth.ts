import { changePassword } from "../auth/change-password";
import { ZChangePassword, ZSignUp } from "../auth/schemas";
import { endSessions } from "../auth/sessions";
import { signUp } from "../auth/sign-up";
import { createTRPCRouter, limited, passwordChangeProcedure, publicProcedure } from "../trpc";

export const authRouter = createTRPCRouter({
  /** Students only: the role is never taken from the form (teachers join by invitation). */
  signUp: publicProcedure
    .use(limited("signUpAddress"))
    .input(ZSignUp)
    .mutation(({ ctx, input }) => signUp(ctx.db, input)),

  /** The signed-in user as stored now (the session may be older than a rename). */
  me: passwordChangeProcedure.query(({ ctx }) =>
    ctx.db.user.findUniqueOrThrow({
      where: { id: ctx.session.id },
      select: {
        id: true,
        email: true,
        loginId: true,
        name: true,
        role: true,
        mustChangePassword: true,
        teacherConfirmedAt: true,
        createdAt: true,
      },
    }),
  ),

  /** Allowed with a one-time password: it is how one gets rid of it. Ends the caller's other sessions. */
  changePassword: passwordChangeProcedure
    .input(ZChangePassword)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.session, input)),

  /** Ends every session of the caller, this one included. */
  signOutEverywhere: passwordChangeProcedure.mutation(async ({ ctx }) => ({
    ended: await endSessions(ctx.db, ctx.session.id),
  })),
});
