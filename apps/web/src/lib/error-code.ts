import { TRPCClientError } from "@trpc/client";

/** The stable code the API put in an error's message, or a network/generic code. */
export function errorCode(error: unknown): { code: string; fields: Record<string, string> } {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as { fieldErrors?: Record<string, string> };
    return { code: error.message, fields: data.fieldErrors ?? {} };
  }
  if (error instanceof TypeError) return { code: "NETWORK", fields: {} };
  return { code: "generic", fields: {} };
}
