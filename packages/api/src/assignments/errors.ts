import { TRPCError } from "@trpc/server";

const bad = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

/** Another teacher's assignment, or one of a class the student is not in, is "not found". */
export const assignmentNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "ASSIGNMENT_NOT_FOUND" });
export const assignmentNotOpen = () =>
  new TRPCError({ code: "PRECONDITION_FAILED", message: "ASSIGNMENT_NOT_OPEN" });
export const noAttemptsLeft = () =>
  new TRPCError({ code: "PRECONDITION_FAILED", message: "NO_ATTEMPTS_LEFT" });
export const assignmentHasAttempts = () =>
  new TRPCError({ code: "CONFLICT", message: "ASSIGNMENT_HAS_ATTEMPTS" });
export const dueBeforeOpen = () => bad("DUE_BEFORE_OPEN");
export const unknownItem = (id: string) => bad(`UNKNOWN_ITEM:${id}`);
export const duplicateItem = (id: string) => bad(`DUPLICATE_ITEM:${id}`);
/** The chosen lessons and skills hold fewer items than asked for; the message says how many they hold. */
export const notEnoughItems = (available: number) => bad(`NOT_ENOUGH_ITEMS:${available}`);
export const itemNotInAssignment = () => bad("ITEM_NOT_IN_ASSIGNMENT");
export const acceptedKeyInvalid = (detail: string) => bad(`ACCEPTED_KEY_INVALID:${detail}`);
export const noAdjustment = () => bad("NO_ADJUSTMENT");
