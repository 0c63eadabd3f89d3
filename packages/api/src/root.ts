import { type inferRouterInputs, type inferRouterOutputs } from "@trpc/server";
import { attemptRouter } from "./router/attempt";
import { authRouter } from "./router/auth";
import { bankRouter } from "./router/bank";
import { progressRouter } from "./router/progress";
import { readingRouter } from "./router/reading";
import { reviewRouter } from "./router/review";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  attempt: attemptRouter,
  auth: authRouter,
  bank: bankRouter,
  progress: progressRouter,
  reading: readingRouter,
  review: reviewRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
