import { verifyPassword } from "@dc/db";
import { createTestDatabase, createTestUser, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, verifyCredentials, type Mailer } from "../src";
import { requestPasswordReset } from "../src/auth/request-password-reset";
import { resetPassword } from "../src/auth/reset-password";
import { hashResetToken, resetTokenState } from "../src/auth/reset-token";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const NEW_PASSWORD = "new-dual-circulation-2021";

/** A mailer that keeps what it is given. */
function fakeMailer() {
  const sent: Parameters<Mailer["send"]>[0][] = [];
  const mailer: Mailer = {
    baseUrl: "https://learn.example",
    send: (m) => {
      sent.push(m);
      return Promise.resolve();
    },
  };
  return { sent, mailer };
}
const tokenOf = (text: string) => /\/reset-password\/([\w-]+)/.exec(text)?.[1] ?? "";

describe("passwordReset.request", () => {
  it("mails a one-time link to a known account and stores only the token's hash", async () => {
    const user = await createTestUser(t.db);
    const { sent, mailer } = fakeMailer();
    const api = createCaller({ db: t.db, session: null, mailer });
    expect(await api.passwordReset.request({ email: user.email!.toUpperCase() })).toEqual({ ok: true });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(user.email);
    const token = tokenOf(sent[0]!.text);
    expect(token.length).toBeGreaterThanOrEqual(40);
    const rows = await t.db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.tokenHash)).toEqual([hashResetToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
    const minutes = (rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()) / 60_000;
    expect(minutes).toBeCloseTo(30, 0);
  });

  it("answers an unknown e-mail exactly as a known one, and mails and stores nothing", async () => {
    const { sent, mailer } = fakeMailer();
    const before = await t.db.passwordResetToken.count();
    const api = createCaller({ db: t.db, session: null, mailer });
    expect(await api.passwordReset.request({ email: "nobody-here@example.test" })).toEqual({ ok: true });
    expect(sent).toHaveLength(0);
    expect(await t.db.passwordResetToken.count()).toBe(before);
  });

  it("makes no link for a deactivated account, and stops after three open links", async () => {
    const gone = await createTestUser(t.db);
    await t.db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    expect(await requestPasswordReset(t.db, gone.email!)).toBeNull();

    const user = await createTestUser(t.db);
    for (let i = 0; i < 3; i++) expect(await requestPasswordReset(t.db, user.email!)).not.toBeNull();
    expect(await requestPasswordReset(t.db, user.email!)).toBeNull();
  });

  it("is refused with a clear code where no SMTP is configured", async () => {
    const api = createCaller({ db: t.db, session: null });
    await expect(api.passwordReset.request({ email: "a@example.test" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "RESET_BY_EMAIL_OFF",
    });
  });
});

describe("passwordReset.reset", () => {
  it("sets the new password once, ends every session, retires other links and writes an audit entry", async () => {
    const user = await createTestUser(t.db);
    const other = await requestPasswordReset(t.db, user.email!);
    const link = await requestPasswordReset(t.db, user.email!);
    const far = new Date(Date.now() + 86_400_000);
    await t.db.session.createMany({
      data: [
        { userId: user.id, expiresAt: far },
        { userId: user.id, expiresAt: far },
      ],
    });
    const api = createCaller({ db: t.db, session: null });

    expect(await api.passwordReset.reset({ token: link!.token, password: NEW_PASSWORD })).toEqual({
      ok: true,
    });
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyCredentials(t.db, { login: user.email, password: NEW_PASSWORD })).toMatchObject({
      id: user.id,
    });
    expect(await t.db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const audit = await t.db.auditEntry.findMany({ where: { targetId: user.id } });
    expect(audit).toMatchObject([
      { action: "password.reset.email", actorId: user.id, details: { sessionsEnded: 2 } },
    ]);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);

    // The same link a second time, and the older link of the same user.
    expect(await resetTokenState(t.db, link!.token)).toBe("RESET_LINK_USED");
    await expect(
      api.passwordReset.reset({ token: link!.token, password: "another-password-2022" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "RESET_LINK_USED" });
    await expect(
      api.passwordReset.reset({ token: other!.token, password: "another-password-2022" }),
    ).rejects.toMatchObject({ message: "RESET_LINK_USED" });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(stored.passwordHash);
  });

  it("refuses an expired link and an unknown one, and changes nothing", async () => {
    const user = await createTestUser(t.db);
    const issued = new Date(Date.now() - 31 * 60_000);
    const link = await requestPasswordReset(t.db, user.email!, issued);
    expect(await resetTokenState(t.db, link!.token)).toBe("RESET_LINK_EXPIRED");
    // Still valid a moment before its 30 minutes are up.
    expect(await resetTokenState(t.db, link!.token, new Date(issued.getTime() + 29 * 60_000))).toBe("VALID");
    // Domain errors, called directly; through tRPC they are 400 and 404 (contract/error-codes.ts).
    await expect(resetPassword(t.db, { token: link!.token, password: NEW_PASSWORD })).rejects.toMatchObject({
      code: "RESET_LINK_EXPIRED",
    });
    await expect(
      resetPassword(t.db, { token: "x".repeat(43), password: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: "RESET_LINK_INVALID" });
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, NEW_PASSWORD)).toBe(false);
    expect(await t.db.auditEntry.count({ where: { targetId: user.id } })).toBe(0);
  });

  it("applies the password policy and leaves the link usable after a weak choice", async () => {
    const user = await createTestUser(t.db);
    const link = await requestPasswordReset(t.db, user.email!);
    await expect(resetPassword(t.db, { token: link!.token, password: "short" })).rejects.toMatchObject({
      message: "WEAK_PASSWORD:TOO_SHORT",
    });
    expect(await resetTokenState(t.db, link!.token)).toBe("VALID");
  });

  it("lets only one of two simultaneous uses of a link succeed", async () => {
    const user = await createTestUser(t.db);
    const link = await requestPasswordReset(t.db, user.email!);
    const results = await Promise.allSettled([
      resetPassword(t.db, { token: link!.token, password: "first-choice-password" }),
      resetPassword(t.db, { token: link!.token, password: "second-choice-password" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.auditEntry.count({ where: { targetId: user.id } })).toBe(1);
  });
});
