import "server-only";
import { limitSignIn, requestAddress } from "@dc/api";
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

/** next-auth answers a refused sign-in with 401 and the error in a URL; make it a 429 with Retry-After. */
export function withSignInStatus<A extends unknown[]>(
  handler: (req: Request, ...rest: A) => Promise<Response>,
) {
  return async (req: Request, ...rest: A): Promise<Response> => {
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
