import { domainError } from "../contract/domain-error";

/** Unknown, expired, used and revoked codes all read the same: the holder learns nothing else. */
export const invitationInvalid = () => domainError("INVITATION_INVALID");
export const invitationOtherEmail = () => domainError("INVITATION_FOR_ANOTHER_EMAIL");
