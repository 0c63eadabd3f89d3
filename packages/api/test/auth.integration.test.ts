import { createTestDatabase, createTestUser, TEST_PASSWORD, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, verifyCredentials, type SessionUser } from "../src";
import { sessionOf } from "./helpers";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const caller = (session: SessionUser | null = null) => createCaller({ db: t.db, session });
const signUpInput = (over: Partial<Record<string, unknown>> = {}) => ({
  name: "李小明",
  email: `ming-${Math.random().toString(36).slice(2)}@example.test`,
  password: "dual-circulation-2020",
  role: "STUDENT",
  ...over,
});

describe("auth.signUp", () => {
  it("creates a student account that can then sign in", async () => {
    const input = signUpInput({ email: "  New.Student@Example.TEST " });
    const user = await caller().auth.signUp(input as never);
    expect(user).toMatchObject({ email: "new.student@example.test", role: "STUDENT", name: "李小明" });
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain("dual-circulation-2020");
    const session = await verifyCredentials(t.db, {
      login: "new.student@example.test",
      password: "dual-circulation-2020",
    });
    expect(session).toMatchObject({ id: user.id, role: "STUDENT" });
  });

  it("refuses every role but student, and writes nothing", async () => {
    const before = await t.db.user.count();
    for (const role of ["TEACHER", "ADMIN", "teacher", "", null]) {
      await expect(caller().auth.signUp(signUpInput({ role }) as never)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    expect(await t.db.user.count()).toBe(before);
    // Without a role it is a student; an extra field (teacherConfirmedAt, isAdmin...) is refused too.
    expect(await caller().auth.signUp(signUpInput({ role: undefined }) as never)).toMatchObject({
      role: "STUDENT",
    });
    await expect(
      caller().auth.signUp(signUpInput({ teacherConfirmedAt: new Date() }) as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses an email that is taken, whatever its case, and writes nothing", async () => {
    const input = signUpInput();
    await caller().auth.signUp(input as never);
    const before = await t.db.user.count();
    await expect(
      caller().auth.signUp({ ...input, email: input.email.toUpperCase() } as never),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "EMAIL_TAKEN" });
    expect(await t.db.user.count()).toBe(before);
  });

  it("refuses a weak password and a malformed email with clear codes", async () => {
    await expect(caller().auth.signUp(signUpInput({ password: "short" }) as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "WEAK_PASSWORD:TOO_SHORT",
    });
    await expect(caller().auth.signUp(signUpInput({ email: "not-an-email" }) as never)).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
      },
    );
  });

  it("rejects wrong types and unknown roles without writing", async () => {
    const before = await t.db.user.count();
    for (const bad of [signUpInput({ role: "ADMIN" }), signUpInput({ name: 42 }), { email: 1 }, null]) {
      await expect(caller().auth.signUp(bad as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await t.db.user.count()).toBe(before);
  });
});

describe("verifyCredentials", () => {
  it("returns null for a wrong password, an unknown email and malformed input", async () => {
    const user = await createTestUser(t.db, "STUDENT");
    expect(await verifyCredentials(t.db, { login: user.email, password: TEST_PASSWORD })).toMatchObject({
      id: user.id,
    });
    expect(await verifyCredentials(t.db, { login: user.email, password: "wrong-password-1" })).toBeNull();
    expect(
      await verifyCredentials(t.db, { login: "nobody@example.test", password: TEST_PASSWORD }),
    ).toBeNull();
    expect(await verifyCredentials(t.db, { login: ["x"], password: {} })).toBeNull();
  });

  it("accepts a login id (any case) and refuses a deactivated account", async () => {
    const user = await createTestUser(t.db, "STUDENT");
    await t.db.user.update({ where: { id: user.id }, data: { loginId: "s4a-07-chan" } });
    expect(await verifyCredentials(t.db, { login: " S4A-07-Chan ", password: TEST_PASSWORD })).toMatchObject({
      id: user.id,
    });
    await t.db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await verifyCredentials(t.db, { login: "s4a-07-chan", password: TEST_PASSWORD })).toBeNull();
    expect(await verifyCredentials(t.db, { login: user.email, password: TEST_PASSWORD })).toBeNull();
  });
});

describe("procedure guards", () => {
  it("auth.me is 401 when signed out and returns only the caller's own record", async () => {
    await expect(caller().auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const user = await createTestUser(t.db, "TEACHER", "陳老師");
    const me = await caller(await sessionOf(t, user.id)).auth.me();
    expect(me).toMatchObject({ id: user.id, name: "陳老師", role: "TEACHER" });
    expect(me).not.toHaveProperty("passwordHash");
  });
});
