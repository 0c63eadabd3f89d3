/** Requests larger than this are refused: no answer or form needs more. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The body, read up to `max` bytes; null as soon as it is longer. Counts the bytes actually
 * received, so a chunked body (no Content-Length) or a lying Content-Length is caught too, and
 * the rest of an oversized body is never read or parsed.
 */
export async function readLimitedBody(req: Request, max = MAX_BODY_BYTES): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > max) return null;
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
