import { type TErrorCode } from "./error-codes";

/**
 * A refusal decided by the domain (not found, closed, invalid…), thrown without any knowledge of
 * tRPC; the `domainErrors` middleware (trpc.ts) gives it its HTTP status, once, from ERROR_CODES.
 * The message is the code, or "CODE:detail", which the web app parses with `parseErrorMessage`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: TErrorCode,
    readonly detail?: string | number,
  ) {
    super(detail === undefined ? code : `${code}:${detail}`);
    this.name = "DomainError";
  }
}

export const domainError = (code: TErrorCode, detail?: string | number) => new DomainError(code, detail);
