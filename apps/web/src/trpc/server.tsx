import "server-only";
import { appRouter, createContext } from "@dc/api";
import { getDb } from "@dc/db";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { getScript } from "~/i18n/server-script";
import { getSessionUser } from "~/server/auth";
import { createQueryClient } from "./query-client";

// One context and one query client per request (React's cache is request-scoped).
const createRequestContext = cache(async () =>
  createContext({ db: getDb(), session: await getSessionUser(), script: await getScript() }),
);
export const getQueryClient = cache(createQueryClient);

/** Server components prefetch through this; the data reaches client components via <HydrateClient>. */
export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: createRequestContext,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  void getQueryClient().prefetchQuery(queryOptions);
}
