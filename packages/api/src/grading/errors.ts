import { domainError } from "../contract/domain-error";

export { notWritten, unknownCriterion } from "../attempts/errors";
/** Grading waits for submission: an open attempt's answer may still change. */
export const attemptNotSubmitted = () => domainError("ATTEMPT_NOT_SUBMITTED");
/** An attempt of another assignment, or one without an answer to the item. */
export const answerNotFound = () => domainError("ANSWER_NOT_FOUND");
