export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from "./root";
export { createContext, type Context, type SessionUser, type TRole } from "./context";
export { verifyCredentials, type TSignedInUser } from "./auth/verify-credentials";
export { PASSWORD_MIN } from "./auth/password-policy";
export { linkSchoolAccount, type TLinkRefusal } from "./auth/link-school-account";
export { resetTokenState, RESET_LINK_MINUTES } from "./auth/reset-token";
export { createSmtpMailer, type Mailer } from "./mail/mailer";
export {
  checkSession,
  createSession,
  endSession,
  endSessions,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from "./auth/sessions";
export { limitSignIn, signInRefusedHere } from "./limits/sign-in";
/** How a response in an attempt's opaque ids is stored (the bench compares what students sent with it). */
export { responseToBank } from "./attempts/present-item";
export { RateLimitedError, retryAfterOf } from "./limits/errors";
export { requestAddress } from "./limits/address";
export { listAnnouncementsForStudent } from "./announcements/list-announcements";
export { type TAnnouncement } from "./announcements/announcement-view";
export { parseScript, type TScript } from "./text/script-output";
export { startAttemptSweep } from "./attempts/sweep-schedule";
