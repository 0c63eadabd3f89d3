import { domainError } from "../contract/domain-error";

export const notAWrittenItem = () => domainError("NOT_A_WRITTEN_ITEM");
/** A criterion id the item's rubric does not have; the detail names it. */
export const unknownCriterion = (id: string) => domainError("UNKNOWN_CRITERION", id);
/** Grading waits for submission: an open attempt's answer may still change. */
export const attemptNotSubmitted = () => domainError("ATTEMPT_NOT_SUBMITTED");
/** An attempt of another assignment, or one without an answer to the item. */
export const answerNotFound = () => domainError("ANSWER_NOT_FOUND");
