/** Calls per batched tRPC request: the endpoint refuses more, and the client never sends more. */
export const MAX_BATCH_SIZE = 16;
