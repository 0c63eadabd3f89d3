/** The request header in which the proxy tells server components the path that was asked for. */
export const REQUEST_PATH_HEADER = "x-dc-path";

const MAX_LENGTH = 512;

/**
 * Where to go back to after signing in, if it is safe: a path on this site ("/attempts/abc?x=1"),
 * never another origin ("//evil.example", "/\\evil.example", "https://…") nor the sign-in pages.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  // Control characters and backslashes can be read as another origin by some browsers.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001F\u007F\\]/.test(value)) return null;
  const url = new URL(value, "http://x.invalid");
  if (url.origin !== "http://x.invalid") return null;
  if (/^\/(sign-in|sign-up|forgot-password|reset-password)(\/|$)/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where to come back to. */
export function signInPathFor(requestedPath: string | null): string {
  const back = safeReturnPath(requestedPath);
  return back && back !== "/" ? `/sign-in?next=${encodeURIComponent(back)}` : "/sign-in";
}
