/** How many times a failed query is tried again when the failure may pass (network, server error). */
const MAX_RETRIES = 3;

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("data" in error)) return undefined;
  const data = (error as { data?: { httpStatus?: unknown } }).data;
  return typeof data?.httpStatus === "number" ? data.httpStatus : undefined;
}

/**
 * An answer the server gave on purpose (not found, forbidden, bad input: 4xx) will not change on a
 * retry, so it shows at once; a dropped connection or a 5xx is tried again. (React Query's default
 * retried a 404 three times, showing "loading" for about 7 s.) 408 and 429 are worth waiting for.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) return false;
  return failureCount < MAX_RETRIES;
}
