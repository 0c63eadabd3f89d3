import { domainError } from "../contract/domain-error";

/** Another class's announcement looks exactly like none. */
export const announcementNotFound = () => domainError("ANNOUNCEMENT_NOT_FOUND");
