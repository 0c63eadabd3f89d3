import { type inferRouterInputs, type inferRouterOutputs } from "@trpc/server";
import { authRouter } from "./router/auth";
import { bankRouter } from "./router/bank";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  bank: bankRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
