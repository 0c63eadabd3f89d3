import { z } from "zod";
import { ZEmail, ZName, ZPassword } from "../auth/schemas";
import { acceptInvitation, checkInvitation, signUpWithInvitation } from "../invitations/redeem-invitation";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";
import {
  ZCheckInvitationOutput,
  ZAcceptInvitationOutput,
  ZSignUpWithInvitationOutput,
} from "../invitations/outputs";

const ZCode = z.string().trim().min(1).max(100);

/** Redeeming an invitation to teach: the role comes from the invitation, never from the form. */
export const invitationRouter = createTRPCRouter({
  check: publicProcedure
    .input(z.object({ code: ZCode }).strict())
    .output(ZCheckInvitationOutput)
    .query(({ ctx, input }) => checkInvitation(ctx.db, input)),

  /** A signed-in student (or unconfirmed teacher) becomes a confirmed teacher. */
  accept: protectedProcedure
    .input(z.object({ code: ZCode }).strict())
    .output(ZAcceptInvitationOutput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.session.id, input)),

  /** A new teacher account; the page then signs in with it. */
  signUp: publicProcedure
    .input(z.object({ code: ZCode, name: ZName, email: ZEmail, password: ZPassword }).strict())
    .output(ZSignUpWithInvitationOutput)
    .mutation(({ ctx, input }) => signUpWithInvitation(ctx.db, input)),
});
