import { TRPCError } from "@trpc/server";

/** Stable codes the interface translates; another user's attempt is "not found", never "forbidden". */
export const attemptNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "ATTEMPT_NOT_FOUND" });
export const attemptSubmitted = () => new TRPCError({ code: "CONFLICT", message: "ATTEMPT_SUBMITTED" });
export const attemptExpired = () => new TRPCError({ code: "CONFLICT", message: "ATTEMPT_EXPIRED" });
export const itemNotInAttempt = () => new TRPCError({ code: "BAD_REQUEST", message: "ITEM_NOT_IN_ATTEMPT" });
export const invalidResponse = (detail: string) =>
  new TRPCError({ code: "BAD_REQUEST", message: `INVALID_RESPONSE:${detail}` });
export const notChecked = () => new TRPCError({ code: "BAD_REQUEST", message: "NOT_A_PRACTICE_ATTEMPT" });
