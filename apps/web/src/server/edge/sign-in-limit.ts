import "server-only";
import { limitSignIn, requestAddress, signInRefusedHere } from "@dc/api";
import { getDb } from "@dc/db";

type Credentials = Record<string, string> | undefined;
type AuthorizeRequest = { headers?: Record<string, unknown> };

/**
 * next-auth's `authorize`, under the sign-in limits (packages/api/src/limits/sign-in.ts). A refusal
 * is thrown as `RATE_LIMITED:<seconds>`; `withSignInStatus` turns it into HTTP 429.
 */
export function limitedAuthorize<T>(
  authorize: (credentials: Credentials, req: AuthorizeRequest) => Promise<T | null>,
) {
  return (credentials: Credentials, req: AuthorizeRequest) => {
    // The sign-in form sends `login` (an email or a login id); the account limit counts either.
    const identifier = credentials?.login ?? credentials?.email ?? null;
    const address = requestAddress((req.headers ?? {}) as Record<string, string | undefined>);
    return limitSignIn(getDb(), { identifier: identifier || null, address }, () =>
      authorize(credentials, req),
    );
  };
}

const RATE_LIMITED = /[?&]error=RATE_LIMITED(?:%3A|:)(\d+)/;
const CREDENTIALS_CALLBACK = /\/callback\/credentials\/?$/;

/** The credentials form as next-auth reads it (JSON or urlencoded); null for anything else. */
async function credentialsForm(req: Request): Promise<Record<string, unknown> | null> {
  const type = req.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return (await req.clone().json()) as Record<string, unknown>;
    if (type.includes("application/x-www-form-urlencoded"))
      return Object.fromEntries(new URLSearchParams(await req.clone().text()));
  } catch {
    // unreadable: next-auth answers it as before
  }
  return null;
}

/**
 * A sign-in this instance already knows to be refused (the shared store said so moments ago)
 * is answered here, before next-auth reads cookies, checks the CSRF token or asks the database:
 * a burst of guesses against a locked account then costs next to nothing. The answer is the one
 * next-auth would give, as a 429.
 */
async function knownRefusal(req: Request): Promise<Response | null> {
  if (req.method !== "POST" || !CREDENTIALS_CALLBACK.test(new URL(req.url).pathname)) return null;
  const form = await credentialsForm(req);
  if (!form) return null;
  const login = form.login ?? form.email;
  const refusal = signInRefusedHere({
    identifier: typeof login === "string" && login ? login : null,
    address: requestAddress(req.headers),
  });
  if (!refusal) return null;
  const url = new URL(`/api/auth/error?error=${encodeURIComponent(refusal.message)}`, req.url).toString();
  const headers = { "retry-after": String(refusal.retryAfterSeconds), "cache-control": "no-store" };
  return form.json === "true"
    ? Response.json({ url }, { status: 429, headers })
    : new Response(null, { status: 429, headers: { ...headers, location: url } });
}

/** next-auth answers a refused sign-in with 401 and the error in a URL; make it a 429 with Retry-After. */
export function withSignInStatus<A extends unknown[]>(
  handler: (req: Request, ...rest: A) => Promise<Response>,
) {
  return async (req: Request, ...rest: A): Promise<Response> => {
    const known = await knownRefusal(req);
    if (known) return known;
    const res = await handler(req, ...rest);
    if (res.status !== 401 && res.status !== 302) return res;
    const where = res.headers.get("location") ?? (await res.clone().text());
    const match = RATE_LIMITED.exec(where);
    if (!match) return res;
    const headers = new Headers(res.headers);
    headers.set("retry-after", match[1]!);
    headers.set("cache-control", "no-store");
    return new Response(res.body, { status: 429, headers });
  };
}
