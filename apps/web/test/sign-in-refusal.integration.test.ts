/**
 * A sign-in this instance already knows to be refused (the shared store locked the account moments
 * ago) is answered by the route before next-auth runs at all: no CSRF check, no JWT, no database.
 */
import { limitSignIn, verifyCredentials } from "@dc/api";
import { createTestDatabase, createTestUser, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { withSignInStatus } = await import("~/server/edge/sign-in-limit");

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const post = (body: Record<string, string>, address: string) =>
  new Request("http://localhost:3000/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address },
    body: new URLSearchParams(body).toString(),
  });

it("answers a known refusal with next-auth's JSON and a 429, without calling next-auth", async () => {
  const user = await createTestUser(t.db);
  const tryOnce = () =>
    limitSignIn(t.db, { identifier: user.email!, address: "203.0.113.9" }, () =>
      verifyCredentials(t.db, { login: user.email!, password: "wrong-password-x" }),
    ).catch(() => null);
  for (let i = 0; i < 6; i++) await tryOnce(); // five wrong, then the lockout

  const nextAuth = vi.fn(() => Promise.resolve(new Response("next-auth ran", { status: 200 })));
  const route = withSignInStatus(nextAuth);
  const res = await route(post({ login: user.email!, password: "anything", json: "true" }, "198.51.100.77"));
  expect(res.status).toBe(429);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  const { url } = (await res.json()) as { url: string };
  expect(new URL(url).searchParams.get("error")).toMatch(/^RATE_LIMITED:\d+$/);
  expect(nextAuth).not.toHaveBeenCalled();

  // Another account, and anything that is not a credentials sign-in, still goes to next-auth.
  await route(post({ login: "someone-else@example.test", password: "x", json: "true" }, "198.51.100.77"));
  await route(new Request("http://localhost:3000/api/auth/session"));
  expect(nextAuth).toHaveBeenCalledTimes(2);
});
