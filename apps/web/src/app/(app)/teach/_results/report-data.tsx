"use client";

import { type UseQueryResult } from "@tanstack/react-query";
import { useIsClient } from "./local-time";
import { QueryState } from "./query-state";

/**
 * A report's data once the browser can show it, or what to show instead (loading, or the error
 * with a retry). The server cannot render what the browser gets (dates in the teacher's zone,
 * live state), so both first show loading.
 */
export function useReportData<T, E>(
  query: UseQueryResult<T, E>,
): { data: T; placeholder: null } | { data: undefined; placeholder: React.ReactElement } {
  const client = useIsClient();
  if (query.data !== undefined && client) return { data: query.data, placeholder: null };
  return {
    data: undefined,
    placeholder: (
      <QueryState
        error={client ? query.error : null}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    ),
  };
}
