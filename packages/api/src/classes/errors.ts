import { TRPCError } from "@trpc/server";

/** Another teacher's class is "not found", exactly like a class that does not exist. */
export const classNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "CLASS_NOT_FOUND" });
export const studentNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "STUDENT_NOT_FOUND" });
/** A code that is malformed and one that matches no class get the same answer. */
export const joinCodeInvalid = () => new TRPCError({ code: "NOT_FOUND", message: "JOIN_CODE_INVALID" });
export const classArchived = () => new TRPCError({ code: "PRECONDITION_FAILED", message: "CLASS_ARCHIVED" });
/** A co-teacher asked for what only the class's owner may do (co-teachers, archiving). */
export const ownerOnly = () => new TRPCError({ code: "FORBIDDEN", message: "OWNER_ONLY" });
export const classNumberTaken = () => new TRPCError({ code: "CONFLICT", message: "CLASS_NUMBER_TAKEN" });
/** No confirmed, active teacher has that email or login id. */
export const teacherNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "TEACHER_NOT_FOUND" });
export const alreadyTeaches = () => new TRPCError({ code: "CONFLICT", message: "ALREADY_TEACHES" });
export const coTeacherNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "CO_TEACHER_NOT_FOUND" });
