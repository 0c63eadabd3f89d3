import { z } from "zod";
import { sameShape } from "../contract/same-shape";
import { type createInvitation } from "./create-invitation";
import { type listInvitations } from "./list-invitations";
import { type revokeInvitation } from "./revoke-invitation";
import { type checkInvitation, type acceptInvitation, type signUpWithInvitation } from "./redeem-invitation";

/* The invitations procedures' declared outputs (see contract/same-shape.ts). */

export const ZCreateInvitationOutput = z.object({
  code: z.string(),
  email: z.string().nullable(),
  id: z.string(),
  expiresAt: z.date(),
  createdAt: z.date(),
});

export const ZListInvitationsOutput = z.array(
  z.object({
    status: z.enum(["OPEN", "REDEEMED", "REVOKED", "EXPIRED"]),
    email: z.string().nullable(),
    id: z.string(),
    expiresAt: z.date(),
    redeemedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
    createdAt: z.date(),
    createdBy: z.object({ name: z.string() }),
    redeemedBy: z.object({ email: z.string().nullable(), name: z.string() }).nullable(),
  }),
);

export const ZRevokeInvitationOutput = z.object({ invitationId: z.string(), revoked: z.literal(true) });

export const ZCheckInvitationOutput = z.object({ email: z.string().nullable(), expiresAt: z.date() });

export const ZAcceptInvitationOutput = z.object({ role: z.literal("TEACHER") });

export const ZSignUpWithInvitationOutput = z.object({
  role: z.literal("TEACHER"),
  email: z.string().nullable(),
  id: z.string(),
  name: z.string(),
});

type TOut<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
sameShape<z.output<typeof ZCreateInvitationOutput>, TOut<typeof createInvitation>>(true);
sameShape<z.output<typeof ZListInvitationsOutput>, TOut<typeof listInvitations>>(true);
sameShape<z.output<typeof ZRevokeInvitationOutput>, TOut<typeof revokeInvitation>>(true);
sameShape<z.output<typeof ZCheckInvitationOutput>, TOut<typeof checkInvitation>>(true);
sameShape<z.output<typeof ZAcceptInvitationOutput>, TOut<typeof acceptInvitation>>(true);
sameShape<z.output<typeof ZSignUpWithInvitationOutput>, TOut<typeof signUpWithInvitation>>(true);
