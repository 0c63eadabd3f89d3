/**
 * The limits on the embedded database, as `pnpm start` runs it with no DATABASE_URL: PGlite served
 * by pglite-socket, one pooled connection per process, shared by the limiter and the app's queries.
 */
import { passwordChecks, type Db } from "@dc/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@dc/db/demo";
import { beforeAll, expect, it } from "vitest";
import { createCaller, limitSignIn, RateLimitedError, verifyCredentials } from "../src";
import { LIMITS } from "../src/limits/table";
import { useEmbeddedDatabase } from "./embedded-database";

const embedded = useEmbeddedDatabase("dc-limits-pglite-");
let db: Db;
beforeAll(() => {
  db = embedded();
});

it("counts a burst of sign-ins exactly while other queries share the one connection", async () => {
  const email = DEMO_ACCOUNTS[1].email;
  const checked = passwordChecks();
  const tries = Array.from({ length: 25 }, (_, i) =>
    limitSignIn(db, { identifier: email, address: `192.0.2.${i}` }, () =>
      verifyCredentials(db, { login: email, password: `wrong-${i}-password` }),
    ),
  );
  const reads = Array.from({ length: 25 }, () => db.user.count());
  const [outcomes, counts] = await Promise.all([Promise.allSettled(tries), Promise.all(reads)]);
  expect(new Set(counts).size).toBe(1);
  expect(passwordChecks() - checked).toBe(LIMITS.signInAccount.points);
  const refused = outcomes.filter((o) => o.status === "rejected");
  expect(refused).toHaveLength(25 - LIMITS.signInAccount.points);
  expect(refused.every((o) => o.reason instanceof RateLimitedError)).toBe(true);
  // The lockout holds for the right password too.
  await expect(
    limitSignIn(db, { identifier: email, address: "192.0.2.200" }, () =>
      verifyCredentials(db, { login: email, password: DEMO_PASSWORD }),
    ),
  ).rejects.toBeInstanceOf(RateLimitedError);
});

it("limits a procedure per user", async () => {
  const user = await db.user.findFirstOrThrow({ where: { role: "STUDENT" } });
  const api = createCaller({
    db,
    session: {
      id: user.id,
      role: "STUDENT",
      name: user.name,
      email: user.email,
      sessionId: "embedded-test",
      mustChangePassword: false,
      teacherConfirmed: false,
    },
    address: "192.0.2.1",
  });
  for (let i = 0; i < LIMITS.joinCodeUser.points; i++)
    await api.class.join({ code: "ZZZZZZ" }).catch(() => null);
  await expect(api.class.join({ code: "ZZZZZZ" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
});
