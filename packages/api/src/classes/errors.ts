import { TRPCError } from "@trpc/server";

/** Another teacher's class is "not found", exactly like a class that does not exist. */
export const classNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "CLASS_NOT_FOUND" });
export const studentNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "STUDENT_NOT_FOUND" });
/** A code that is malformed and one that matches no class get the same answer. */
export const joinCodeInvalid = () => new TRPCError({ code: "NOT_FOUND", message: "JOIN_CODE_INVALID" });
export const classArchived = () => new TRPCError({ code: "PRECONDITION_FAILED", message: "CLASS_ARCHIVED" });
