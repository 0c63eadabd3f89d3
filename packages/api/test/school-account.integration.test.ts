import { createTestDatabase, createTestUser, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkSchoolAccount } from "../src";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const ISSUER = "https://accounts.school.example";
const DOMAINS = ["example.test", "students.example.test"];
let n = 0;
const subject = () => `sub-${++n}-${Math.random().toString(36).slice(2)}`;

describe("linkSchoolAccount", () => {
  it("links a verified e-mail of an allowed domain to its account, keeping the account's role", async () => {
    const teacher = await createTestUser(t.db, "TEACHER", "陳老師");
    const sub = subject();
    const result = await linkSchoolAccount(
      t.db,
      { issuer: ISSUER, subject: sub, email: teacher.email!.toUpperCase(), emailVerified: true },
      DOMAINS,
    );
    expect(result).toEqual({
      ok: true,
      linked: true,
      user: { id: teacher.id, role: "TEACHER", name: "陳老師", email: teacher.email },
    });
    expect(await t.db.identity.findMany({ where: { userId: teacher.id } })).toMatchObject([
      { issuer: ISSUER, subject: sub },
    ]);
    expect(await t.db.auditEntry.findMany({ where: { targetId: teacher.id } })).toMatchObject([
      { action: "identity.link", details: { issuer: ISSUER } },
    ]);
  });

  it("recognises a linked identity by its subject, whatever e-mail the provider sends later", async () => {
    const student = await createTestUser(t.db, "STUDENT");
    const sub = subject();
    await linkSchoolAccount(
      t.db,
      { issuer: ISSUER, subject: sub, email: student.email, emailVerified: true },
      DOMAINS,
    );
    const later = await linkSchoolAccount(
      t.db,
      { issuer: ISSUER, subject: sub, email: "renamed@elsewhere.test", emailVerified: false },
      DOMAINS,
    );
    expect(later).toMatchObject({ ok: true, linked: false, user: { id: student.id, role: "STUDENT" } });
    expect(await t.db.identity.count({ where: { userId: student.id } })).toBe(1);
    // The same subject from another issuer is another person.
    expect(
      await linkSchoolAccount(
        t.db,
        { issuer: "https://other.example", subject: sub, emailVerified: false },
        DOMAINS,
      ),
    ).toEqual({ ok: false, reason: "NOT_VERIFIED" });
  });

  it("never creates an account: an unknown e-mail is refused and nothing is written", async () => {
    const before = { users: await t.db.user.count(), identities: await t.db.identity.count() };
    const result = await linkSchoolAccount(
      t.db,
      { issuer: ISSUER, subject: subject(), email: "new-person@example.test", emailVerified: true },
      DOMAINS,
    );
    expect(result).toEqual({ ok: false, reason: "UNKNOWN_ACCOUNT" });
    expect({ users: await t.db.user.count(), identities: await t.db.identity.count() }).toEqual(before);
  });

  it("refuses an unverified e-mail, a missing one and another domain, without linking", async () => {
    const user = await createTestUser(t.db);
    const claims = { issuer: ISSUER, subject: subject(), email: user.email };
    expect(await linkSchoolAccount(t.db, { ...claims, emailVerified: false }, DOMAINS)).toEqual({
      ok: false,
      reason: "NOT_VERIFIED",
    });
    expect(await linkSchoolAccount(t.db, { ...claims, emailVerified: undefined }, DOMAINS)).toEqual({
      ok: false,
      reason: "NOT_VERIFIED",
    });
    expect(
      await linkSchoolAccount(t.db, { ...claims, email: undefined, emailVerified: true }, DOMAINS),
    ).toEqual({
      ok: false,
      reason: "NOT_VERIFIED",
    });
    // A look-alike domain is not the school's.
    expect(await linkSchoolAccount(t.db, { ...claims, emailVerified: true }, ["evil-example.test"])).toEqual({
      ok: false,
      reason: "DOMAIN_NOT_ALLOWED",
    });
    expect(await t.db.identity.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a deactivated account, both before and after it was linked", async () => {
    const linked = await createTestUser(t.db);
    const sub = subject();
    await linkSchoolAccount(
      t.db,
      { issuer: ISSUER, subject: sub, email: linked.email, emailVerified: true },
      DOMAINS,
    );
    const unlinked = await createTestUser(t.db);
    await t.db.user.updateMany({
      where: { id: { in: [linked.id, unlinked.id] } },
      data: { deactivatedAt: new Date() },
    });
    expect(await linkSchoolAccount(t.db, { issuer: ISSUER, subject: sub }, DOMAINS)).toEqual({
      ok: false,
      reason: "DEACTIVATED",
    });
    expect(
      await linkSchoolAccount(
        t.db,
        { issuer: ISSUER, subject: subject(), email: unlinked.email, emailVerified: "true" },
        DOMAINS,
      ),
    ).toEqual({ ok: false, reason: "DEACTIVATED" });
    expect(await t.db.identity.count({ where: { userId: unlinked.id } })).toBe(0);
  });

  it("links once when two first sign-ins arrive together", async () => {
    const user = await createTestUser(t.db);
    const claims = { issuer: ISSUER, subject: subject(), email: user.email, emailVerified: true };
    const results = await Promise.all([
      linkSchoolAccount(t.db, claims, DOMAINS),
      linkSchoolAccount(t.db, claims, DOMAINS),
    ]);
    expect(results.every((r) => r.ok && r.user.id === user.id)).toBe(true);
    expect(await t.db.identity.count({ where: { userId: user.id } })).toBe(1);
  });
});
