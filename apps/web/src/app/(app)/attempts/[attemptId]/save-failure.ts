import { type TErrorCode } from "@dc/api/contract";

/** What a failed save means for the queue. */
export type TSaveFailure =
  /** No answer from the server (offline, connection dropped): keep it and send it again. */
  | "network"
  /** The server is in trouble or busy (5xx, 408, 429): keep it and send it again later. */
  | "retry"
  /** The attempt takes no more answers (submitted, or past its deadline). */
  | "stop"
  /** The server refused this answer itself (e.g. malformed): sending it again would not help. */
  | "refused";

/** The codes by which the server says the attempt takes no more answers. */
const STOPS = ["ATTEMPT_EXPIRED", "ATTEMPT_SUBMITTED"] as const satisfies readonly TErrorCode[];
export type TStop = (typeof STOPS)[number];

export const isStop = (code: string): code is TStop => (STOPS as readonly string[]).includes(code);

/**
 * Classifies a failed `attempt.save`. Only a refusal of the answer itself drops it: a 500 while the
 * database restarts used to count as a refusal, and the answer was never sent again.
 */
export function classifySaveFailure(error: unknown): TSaveFailure {
  const data = (error as { data?: { code?: unknown; httpStatus?: unknown } } | null)?.data;
  if (!(error instanceof Error) || typeof data?.code !== "string") return "network";
  if (isStop(error.message)) return "stop";
  const status = typeof data.httpStatus === "number" ? data.httpStatus : 500;
  if (status >= 500 || status === 408 || status === 429) return "retry";
  return "refused";
}
