import { domainError } from "../contract/domain-error";

/** Stable codes the interface translates; another user's attempt is "not found", never "forbidden". */
export const attemptNotFound = () => domainError("ATTEMPT_NOT_FOUND");
export const attemptSubmitted = () => domainError("ATTEMPT_SUBMITTED");
export const attemptExpired = () => domainError("ATTEMPT_EXPIRED");
export const itemNotInAttempt = () => domainError("ITEM_NOT_IN_ATTEMPT");
export const invalidResponse = (detail: string) => domainError("INVALID_RESPONSE", detail);
export const notChecked = () => domainError("NOT_A_PRACTICE_ATTEMPT");
export const notWritten = () => domainError("NOT_A_WRITTEN_ITEM");
export const answerNotFinal = () => domainError("ANSWER_NOT_FINAL");
/** `ids`: the criterion ids the item does not have, quoted ("x", "y"). */
export const unknownCriterion = (ids: string) => domainError("UNKNOWN_CRITERION", ids);
