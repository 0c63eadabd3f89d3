import { inParallel } from "./parallel";
import { type HttpClient } from "./http";

/**
 * Signs in through next-auth's credentials flow as the sign-in form does (csrf token, then the
 * callback) and returns the Cookie header that carries the session. Not part of any measurement.
 */
export async function signIn(http: HttpClient, email: string, password: string): Promise<string> {
  const csrf = await http.request("GET", "/api/auth/csrf");
  if (!csrf.ok) throw new Error(`csrf: HTTP ${csrf.status}`);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, login: email, password, json: "true" });
  const res = await http.request("POST", "/api/auth/callback/credentials", {
    cookie: csrf.setCookie.join("; "),
    body: form.toString(),
    contentType: "application/x-www-form-urlencoded",
  });
  const session = res.setCookie.find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`sign-in of ${email} failed: HTTP ${res.status}`);
  return session;
}

/** Signs in many accounts, a few at a time (password hashing is deliberately slow). */
export function signInAll(http: HttpClient, emails: readonly string[], password: string, parallel = 4) {
  return inParallel(emails.length, parallel, (i) => signIn(http, emails[i]!, password));
}
