import { z } from "zod";
import { listAccounts } from "../accounts/list-accounts";
import { resetPassword } from "../accounts/reset-password";
import { setActive } from "../accounts/set-active";
import { setTeacherStatus } from "../accounts/set-teacher-status";
import { listAudit } from "../audit/list-audit";
import { ZEmail } from "../auth/schemas";
import { createInvitation } from "../invitations/create-invitation";
import { INVITATION_DAYS_MAX } from "../invitations/invitation-code";
import { listInvitations } from "../invitations/list-invitations";
import { revokeInvitation } from "../invitations/revoke-invitation";
import { adminProcedure, createTRPCRouter } from "../trpc";
import {
  ZCreateInvitationOutput,
  ZListInvitationsOutput,
  ZRevokeInvitationOutput,
} from "../invitations/outputs";
import {
  ZListAccountsOutput,
  ZSetActiveOutput,
  ZResetPasswordOutput,
  ZSetTeacherStatusOutput,
} from "../accounts/outputs";
import { ZListAuditOutput } from "../audit/outputs";

const ZId = z.string().min(1).max(40);
const ZUserRef = z.object({ userId: ZId }).strict();

/** School administration: invitations, accounts, the audit log. Admins only (others get 403). */
export const adminRouter = createTRPCRouter({
  invite: adminProcedure
    .input(
      z
        .object({
          email: z.union([ZEmail, z.literal("").transform(() => undefined)]).optional(),
          days: z.number().int().min(1).max(INVITATION_DAYS_MAX).optional(),
        })
        .strict(),
    )
    .output(ZCreateInvitationOutput)
    .mutation(({ ctx, input }) => createInvitation(ctx.db, ctx.session.id, input)),

  invitations: adminProcedure.output(ZListInvitationsOutput).query(({ ctx }) => listInvitations(ctx.db)),

  revokeInvitation: adminProcedure
    .input(z.object({ invitationId: ZId }).strict())
    .output(ZRevokeInvitationOutput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.session.id, input)),

  accounts: adminProcedure
    .input(
      z
        .object({
          search: z.string().max(100).optional(),
          filter: z
            .enum(["ALL", "STUDENT", "TEACHER", "UNCONFIRMED_TEACHER", "ADMIN", "DEACTIVATED"])
            .optional(),
          cursor: ZId.optional(),
        })
        .strict(),
    )
    .output(ZListAccountsOutput)
    .query(({ ctx, input }) => listAccounts(ctx.db, input)),

  setActive: adminProcedure
    .input(z.object({ userId: ZId, active: z.boolean() }).strict())
    .output(ZSetActiveOutput)
    .mutation(({ ctx, input }) => setActive(ctx.db, ctx.session.id, input)),

  resetPassword: adminProcedure
    .input(ZUserRef)
    .output(ZResetPasswordOutput)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.session, input)),

  setTeacherStatus: adminProcedure
    .input(z.object({ userId: ZId, decision: z.enum(["CONFIRM", "DEMOTE"]) }).strict())
    .output(ZSetTeacherStatusOutput)
    .mutation(({ ctx, input }) => setTeacherStatus(ctx.db, ctx.session.id, input)),

  audit: adminProcedure
    .input(z.object({ cursor: ZId.optional() }).strict().optional())
    .output(ZListAuditOutput)
    .query(({ ctx, input }) => listAudit(ctx.db, input ?? {})),
});
