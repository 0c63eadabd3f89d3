import { type TClientErrorCode, type TFieldErrorCode } from "@dc/api/contract";
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

/** A code a page may have a sentence for: one the API answers with (its contract), or a client one. */
export type TKnownCode = TClientErrorCode | TFieldErrorCode;

/**
 * `code` (or its head, in "CODE:detail") when it is one of `known`, the codes a page has sentences
 * for; otherwise "generic". Lists are typed against the API's codes, so a code the API does not have
 * fails typecheck.
 */
export function knownOr<K extends TKnownCode>(code: string, known: readonly K[]): K | "generic" {
  const head = code.split(":")[0] ?? "";
  return (known as readonly string[]).includes(head) ? (head as K) : "generic";
}
