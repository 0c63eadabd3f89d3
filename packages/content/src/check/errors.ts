/**
 * Thrown by `checkAnswer` when a response does not fit its item (another type, unknown ids, missing
 * parts). It is the client's mistake, not a wrong answer: the API maps it to BAD_REQUEST.
 */
export class InvalidResponseError extends Error {
  readonly code = "INVALID_RESPONSE";

  constructor(
    readonly itemId: string,
    message: string,
  ) {
    super(message);
    this.name = "InvalidResponseError";
  }
}
