export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from "./root";
export { createContext, type Context, type SessionUser } from "./context";
export { verifyCredentials } from "./auth/verify-credentials";
export { PASSWORD_MIN } from "./auth/password-policy";
export { limitSignIn } from "./limits/sign-in";
export { RateLimitedError, retryAfterOf } from "./limits/errors";
export { requestAddress } from "./limits/address";
