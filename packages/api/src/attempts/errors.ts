import { domainError } from "../contract/domain-error";

/** Stable codes the interface translates; another user's attempt is "not found", never "forbidden". */
export const attemptNotFound = () => domainError("ATTEMPT_NOT_FOUND");
export const attemptSubmitted = () => domainError("ATTEMPT_SUBMITTED");
export const attemptExpired = () => domainError("ATTEMPT_EXPIRED");
export const itemNotInAttempt = () => domainError("ITEM_NOT_IN_ATTEMPT");
export const invalidResponse = (detail: string) => domainError("INVALID_RESPONSE", detail);
export const notChecked = () => domainError("NOT_A_PRACTICE_ATTEMPT");
