import { createHash, randomBytes } from "node:crypto";

/** 24 random bytes as base64url (32 characters): the code goes into the link; only its hash is kept. */
export const newInvitationCode = () => randomBytes(24).toString("base64url");

export const hashCode = (code: string) => createHash("sha256").update(code, "utf8").digest("hex");

export const INVITATION_DAYS_DEFAULT = 7;
export const INVITATION_DAYS_MAX = 30;
