import "server-only";
import { checkSession, type SessionUser } from "@dc/api";
import { getDb } from "@dc/db";
import { parseCookie } from "cookie";
import { decode, getToken, type JWT } from "next-auth/jwt";
import { type NextRequest } from "next/server";
import { authOptions } from "./auth";

const MAX_TOKENS = 20_000;
/** Decrypted session cookies, by their exact text (authenticated ciphertext), until they expire. */
const decoded = new Map<string, JWT>();

/**
 * next-auth's decode, remembered per cookie: the same cookie text always decrypts to the same
 * claims, so only its expiry needs checking again. A new or tampered cookie is decrypted (and
 * refused) as before.
 */
async function decodeOnce(params: Parameters<typeof decode>[0]): Promise<JWT | null> {
  const token = params.token;
  if (!token) return null;
  const known = decoded.get(token);
  if (known) {
    if (typeof known.exp === "number" && known.exp * 1000 > Date.now()) return known;
    decoded.delete(token);
    return null;
  }
  const claims = await decode(params);
  if (claims && typeof claims.exp === "number") {
    if (decoded.size >= MAX_TOKENS) decoded.clear();
    decoded.set(token, claims);
  }
  return claims;
}

/**
 * The signed-in user of an API request, decided as `getSessionUser` decides it for pages: the
 * session cookie's JWT (decrypted, unexpired) must name a live Session row, checked on every
 * request (one indexed query; sign-out and password changes still end it at once). Cheaper than
 * next-auth's getServerSession, which runs its whole session endpoint for this (a CSRF token,
 * callbacks, a fresh JWT encrypted for a cookie a route handler never sends): that was a
 * measurable share of each exam request's CPU.
 */
export async function requestSessionUser(req: Request): Promise<SessionUser | null> {
  // getToken reads `cookies` (a plain object will do: a plain Request has none) and `headers`.
  const cookies = parseCookie(req.headers.get("cookie") ?? "");
  const token = await getToken({
    req: { cookies, headers: req.headers } as unknown as NextRequest,
    secret: authOptions.secret,
    decode: decodeOnce,
  });
  return checkSession(getDb(), token?.sid);
}
