import { TRPCError } from "@trpc/server";

/** Unknown, expired, used and revoked codes all read the same: the holder learns nothing else. */
export const invitationInvalid = () => new TRPCError({ code: "NOT_FOUND", message: "INVITATION_INVALID" });
export const invitationOtherEmail = () =>
  new TRPCError({ code: "FORBIDDEN", message: "INVITATION_FOR_ANOTHER_EMAIL" });
