import { createDb, passwordChecks, type Db } from "@dc/db";
import { createTestDatabase, createTestUser, TEST_PASSWORD, type TestDatabase } from "@dc/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createCaller, limitSignIn, RateLimitedError, signInRefusedHere, verifyCredentials } from "../src";
import { LIMITS } from "../src/limits/table";
import { sessionOf, signedIn } from "./helpers";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

let addresses = 0;
const newAddress = () => `198.51.100.${++addresses}`;

/** One sign-in as the web app runs it: limits first, then the password check. */
const signIn = (db: Db, email: string, password: string, address: string) =>
  limitSignIn(db, { identifier: email, address }, () => verifyCredentials(db, { login: email, password }));

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RateLimitedError);
  return error as RateLimitedError;
}

describe("sign-in limits", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("checks 5 wrong passwords for an account, then refuses the 6th, even a right one, without checking it", async () => {
    const user = await createTestUser(t.db);
    const address = newAddress();
    for (let i = 0; i < LIMITS.signInAccount.points; i++) {
      expect(await signIn(t.db, user.email!, "wrong-password-123", address)).toBeNull();
    }
    const checked = passwordChecks();
    const refused = await refusal(signIn(t.db, user.email!, TEST_PASSWORD, newAddress()));
    expect(refused.limit).toBe("signInAccount");
    expect(refused.retryAfterSeconds).toBe(60);
    expect(passwordChecks()).toBe(checked); // nothing was evaluated
  });

  it("refuses an unknown account exactly as a known one (nothing tells whether it exists)", async () => {
    const known = await createTestUser(t.db);
    const outcomes = [];
    for (const email of [known.email!, "nobody-here@example.test"]) {
      for (let i = 0; i < LIMITS.signInAccount.points; i++)
        await signIn(t.db, email, "wrong-pass-x", newAddress());
      const r = await refusal(signIn(t.db, email, "wrong-pass-x", newAddress()));
      outcomes.push([r.message, r.limit]);
    }
    expect(outcomes[0]).toEqual(outcomes[1]);
  });

  it("doubles the lockout each time in a day", async () => {
    const user = await createTestUser(t.db);
    const waits = [];
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < LIMITS.signInAccount.points; i++)
        await signIn(t.db, user.email!, "wrong-pass-x", newAddress());
      const wait = (await refusal(signIn(t.db, user.email!, "wrong-pass-x", newAddress()))).retryAfterSeconds;
      waits.push(wait);
      // Still locked a second before the end, here and in the store (a tab that raced the lockout too).
      vi.advanceTimersByTime((wait - 1) * 1000);
      await refusal(signIn(t.db, user.email!, TEST_PASSWORD, newAddress()));
      // The lockout is over: the account's window starts again, on this instance as in the store.
      vi.advanceTimersByTime(1_001);
    }
    expect(waits).toEqual([60, 120, 240]);
  });

  it("refuses a try against a locked account from this instance's memory: no database, no argon2", async () => {
    const user = await createTestUser(t.db);
    for (let i = 0; i <= LIMITS.signInAccount.points; i++)
      await signIn(t.db, user.email!, "wrong-pass-x", newAddress()).catch(() => null);
    const rows = () => t.db.$queryRaw`SELECT key, points, expire FROM rate_limit ORDER BY key`;
    const before = await rows();
    const checked = passwordChecks();
    // Any use of this database fails the test: the refusal must come from memory alone.
    const noDatabase = new Proxy({} as Db, {
      get: (_, name) => {
        throw new Error(`the database was used (${String(name)})`);
      },
    });
    const verify = vi.fn(() => verifyCredentials(t.db, { login: user.email!, password: TEST_PASSWORD }));
    for (const address of [newAddress(), newAddress()]) {
      const refused = await refusal(limitSignIn(noDatabase, { identifier: user.email!, address }, verify));
      expect(refused.limit).toBe("signInAccount");
      expect(refused.retryAfterSeconds).toBeGreaterThan(55);
    }
    // Known without a request to anything: the web layer answers such a try before next-auth runs.
    expect(
      signInRefusedHere({ identifier: ` ${user.email!.toUpperCase()} `, address: newAddress() }),
    ).toBeInstanceOf(RateLimitedError);
    expect(signInRefusedHere({ identifier: "someone-else@example.test", address: newAddress() })).toBeNull();
    expect(verify).not.toHaveBeenCalled();
    expect(passwordChecks()).toBe(checked);
    expect(await rows()).toEqual(before);
  });

  it("a right password resets the count of wrong ones in a row", async () => {
    const user = await createTestUser(t.db);
    const address = newAddress();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < LIMITS.signInAccount.points - 1; i++)
        await signIn(t.db, user.email!, "wrong-pass-x", address);
      expect(await signIn(t.db, user.email!, TEST_PASSWORD, address)).toMatchObject({ id: user.id });
    }
  });

  it("refuses an address after 50 failures across accounts, before checking anything", async () => {
    const address = newAddress();
    for (let i = 0; i < LIMITS.signInAddress.points; i++) {
      expect(await signIn(t.db, `spray-${i}@example.test`, "wrong-pass-x", address)).toBeNull();
    }
    const user = await createTestUser(t.db);
    const checked = passwordChecks();
    const refused = await refusal(signIn(t.db, user.email!, TEST_PASSWORD, address));
    expect(refused.limit).toBe("signInAddress");
    expect(passwordChecks()).toBe(checked);
    // Another address is not affected.
    expect(await signIn(t.db, user.email!, TEST_PASSWORD, newAddress())).toMatchObject({ id: user.id });
  });

  it("counts a concurrent burst atomically: of 40 simultaneous tries at most 5 are checked", async () => {
    const user = await createTestUser(t.db);
    const checked = passwordChecks();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => signIn(t.db, user.email!, "wrong-pass-x", newAddress())),
    );
    expect(passwordChecks() - checked).toBe(LIMITS.signInAccount.points);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(40 - LIMITS.signInAccount.points);
  });

  it("is shared by every instance: a second server process (its own client) sees the same counts", async () => {
    const other = createDb(t.url);
    try {
      const user = await createTestUser(t.db);
      for (let i = 0; i < LIMITS.signInAccount.points; i++) {
        await signIn(i % 2 ? t.db : other, user.email!, "wrong-pass-x", newAddress());
      }
      await refusal(signIn(other, user.email!, TEST_PASSWORD, newAddress()));
    } finally {
      await other.$disconnect();
    }
  });
});

/** A caller as the HTTP endpoint makes it: with the client's address. */
async function fromAddress(role: "STUDENT" | "TEACHER", address: string) {
  const user = await createTestUser(t.db, role);
  const session = await sessionOf(t, user.id);
  return { user, api: createCaller({ db: t.db, session, address }) };
}

async function tooMany(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: "RATE_LIMITED" });
}

describe("procedure limits", () => {
  it("join codes: 10 tries per student, then 429, and the 11th (a right code) joins nothing", async () => {
    const teacher = await signedIn(t, "TEACHER");
    const cls = await teacher.api.class.create({ name: "Limits" });
    const { user, api } = await fromAddress("STUDENT", newAddress());
    for (let i = 0; i < LIMITS.joinCodeUser.points; i++) {
      await expect(api.class.join({ code: "ZZZZZZ" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await tooMany(api.class.join({ code: cls.joinCode }));
    expect(await t.db.enrollment.count({ where: { studentId: user.id } })).toBe(0);
  });

  it("join codes: 100 tries per address, whoever is signed in", async () => {
    const address = newAddress();
    for (let i = 0; i < LIMITS.joinCodeAddress.points / LIMITS.joinCodeUser.points; i++) {
      const { api } = await fromAddress("STUDENT", address);
      for (let j = 0; j < LIMITS.joinCodeUser.points; j++)
        await api.class.join({ code: "ZZZZZZ" }).catch(() => null);
    }
    const { api } = await fromAddress("STUDENT", address);
    await tooMany(api.class.join({ code: "ZZZZZZ" }));
  });

  it("sign-ups: 60 per address per hour", async () => {
    const address = newAddress();
    const api = createCaller({ db: t.db, session: null, address });
    for (let i = 0; i < LIMITS.signUpAddress.points; i++) {
      const email = `signup-${addresses}-${i}@example.test`;
      await api.auth.signUp({ name: `S${i}`, email, password: "大船轉舵-2020-circulation", role: "STUDENT" });
    }
    await tooMany(
      api.auth.signUp({
        name: "Late",
        email: "late-one@example.test",
        password: "大船轉舵-2020-circulation",
        role: "STUDENT",
      }),
    );
    expect(await t.db.user.count({ where: { email: "late-one@example.test" } })).toBe(0);
  });

  it("quiz starts: 30 per student in 10 minutes, then nothing is started", async () => {
    const { user, api } = await fromAddress("STUDENT", newAddress());
    for (let i = 0; i < LIMITS.attemptStartUser.points; i++) {
      const { id } = await api.attempt.startLesson({ kind: "QUIZ", lessonId: (i % 6) as 0 });
      await api.attempt.submit({ attemptId: id });
    }
    const before = await t.db.attempt.count({ where: { userId: user.id } });
    await tooMany(api.attempt.startLesson({ kind: "QUIZ", lessonId: 1 }));
    await tooMany(api.review.start());
    expect(await t.db.attempt.count({ where: { userId: user.id } })).toBe(before);
  });

  it("practice checks: 30 a minute per student, then the answer is neither checked nor saved", async () => {
    const { api } = await fromAddress("STUDENT", newAddress());
    const { id } = await api.attempt.startLesson({ kind: "PRACTICE", lessonId: 1 });
    const view = await api.attempt.get({ attemptId: id });
    const itemId = view.items[0]!.item.id;
    const response = { type: "single", choice: "zz" } as never;
    for (let i = 0; i < LIMITS.practiceCheckUser.points; i++) {
      await api.attempt.check({ attemptId: id, itemId, response, revision: i + 1 }).catch(() => null);
    }
    const saved = await t.db.answer.findMany({ where: { attemptId: id } });
    await tooMany(api.attempt.check({ attemptId: id, itemId, response, revision: 99 }));
    expect(await t.db.answer.findMany({ where: { attemptId: id } })).toEqual(saved);
  });
});
