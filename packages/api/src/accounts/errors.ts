import { TRPCError } from "@trpc/server";

/** An account the caller may not manage looks exactly like one that does not exist. */
export const accountNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "ACCOUNT_NOT_FOUND" });
export const notOnYourself = () => new TRPCError({ code: "BAD_REQUEST", message: "NOT_ON_YOURSELF" });
