/** Progress goes to stderr, so stdout holds only the table and the final JSON line. */
const started = Date.now();

export function log(message: string) {
  const t = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${t}s] ${message}\n`);
}
