import { domainError } from "../contract/domain-error";

/** Another teacher's class is "not found", exactly like a class that does not exist. */
export const classNotFound = () => domainError("CLASS_NOT_FOUND");
export const studentNotFound = () => domainError("STUDENT_NOT_FOUND");
/** A code that is malformed and one that matches no class get the same answer. */
export const joinCodeInvalid = () => domainError("JOIN_CODE_INVALID");
export const classArchived = () => domainError("CLASS_ARCHIVED");
/** A co-teacher asked for what only the class's owner may do (co-teachers, archiving). */
export const ownerOnly = () => domainError("OWNER_ONLY");
export const classNumberTaken = () => domainError("CLASS_NUMBER_TAKEN");
/** No confirmed, active teacher has that email or login id. */
export const teacherNotFound = () => domainError("TEACHER_NOT_FOUND");
export const alreadyTeaches = () => domainError("ALREADY_TEACHES");
export const coTeacherNotFound = () => domainError("CO_TEACHER_NOT_FOUND");
