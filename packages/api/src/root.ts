import { type inferRouterInputs, type inferRouterOutputs } from "@trpc/server";
import { attemptRouter } from "./router/attempt";
import { authRouter } from "./router/auth";
import { bankRouter } from "./router/bank";
import { readingRouter } from "./router/reading";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  attempt: attemptRouter,
  auth: authRouter,
  bank: bankRouter,
  reading: readingRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
