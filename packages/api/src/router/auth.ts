import { signUp } from "../auth/sign-up";
import { ZSignUp } from "../auth/schemas";
import { createTRPCRouter, limited, protectedProcedure, publicProcedure } from "../trpc";

export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .use(limited("signUpAddress"))
    .input(ZSignUp)
    .mutation(({ ctx, input }) => signUp(ctx.db, input)),

  /** The signed-in user as stored now (the session may be older than a rename). */
  me: protectedProcedure.query(({ ctx }) =>
    ctx.db.user.findUniqueOrThrow({
      where: { id: ctx.session.id },
      select: { id: true, email: true, name: true, role: true, createdAt: true },
    }),
  ),
});
