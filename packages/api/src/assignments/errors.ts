import { domainError } from "../contract/domain-error";

/** Another teacher's assignment, or one of a class the student is not in, is "not found". */
export const assignmentNotFound = () => domainError("ASSIGNMENT_NOT_FOUND");
export const assignmentNotOpen = () => domainError("ASSIGNMENT_NOT_OPEN");
export const noAttemptsLeft = () => domainError("NO_ATTEMPTS_LEFT");
export const assignmentHasAttempts = () => domainError("ASSIGNMENT_HAS_ATTEMPTS");
export const dueBeforeOpen = () => domainError("DUE_BEFORE_OPEN");
export const unknownItem = (id: string) => domainError("UNKNOWN_ITEM", id);
export const duplicateItem = (id: string) => domainError("DUPLICATE_ITEM", id);
/** The chosen lessons and skills hold fewer items than asked for; the message says how many they hold. */
export const notEnoughItems = (available: number) => domainError("NOT_ENOUGH_ITEMS", available);
export const itemNotInAssignment = () => domainError("ITEM_NOT_IN_ASSIGNMENT");
export const acceptedKeyInvalid = (detail: string) => domainError("ACCEPTED_KEY_INVALID", detail);
export const noAdjustment = () => domainError("NO_ADJUSTMENT");
