import { domainError } from "../contract/domain-error";

/** An account the caller may not manage looks exactly like one that does not exist. */
export const accountNotFound = () => domainError("ACCOUNT_NOT_FOUND");
export const notOnYourself = () => domainError("NOT_ON_YOURSELF");
