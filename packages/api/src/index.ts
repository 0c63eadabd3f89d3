export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from "./root";
export { createContext, type Context, type SessionUser, type TRole } from "./context";
export { verifyCredentials, type TSignedInUser } from "./auth/verify-credentials";
export { PASSWORD_MIN } from "./auth/password-policy";
export {
  checkSession,
  createSession,
  endSession,
  endSessions,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from "./auth/sessions";
