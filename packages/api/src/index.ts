export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from "./root";
export { createContext, type Context, type SessionUser } from "./context";
export { verifyCredentials } from "./auth/verify-credentials";
export { PASSWORD_MIN } from "./auth/password-policy";
export { linkSchoolAccount, type TLinkRefusal } from "./auth/link-school-account";
export { resetTokenState, RESET_LINK_MINUTES } from "./auth/reset-token";
export { createSmtpMailer, type Mailer } from "./mail/mailer";
