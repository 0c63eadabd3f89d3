import { domainError } from "../contract/domain-error";

/** Another teacher's class is "not found", exactly like a class that does not exist. */
export const classNotFound = () => domainError("CLASS_NOT_FOUND");
export const studentNotFound = () => domainError("STUDENT_NOT_FOUND");
/** A code that is malformed and one that matches no class get the same answer. */
export const joinCodeInvalid = () => domainError("JOIN_CODE_INVALID");
export const classArchived = () => domainError("CLASS_ARCHIVED");
