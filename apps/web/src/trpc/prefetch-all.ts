import "server-only";
import { type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { getQueryClient } from "~/trpc/server";

/**
 * Prefetches queries and waits for them, so a page's first HTML already holds its data: client
 * components reading them with `useQuery` then hydrate the same tree the server rendered. A query
 * that fails is not sent along; the browser asks again and shows the error.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function prefetchAll(list: ReturnType<TRPCQueryOptions<any>>[]) {
  const queryClient = getQueryClient();
  await Promise.all(list.map((options) => queryClient.prefetchQuery(options)));
}
