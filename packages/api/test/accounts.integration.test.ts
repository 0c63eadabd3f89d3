import { createTestDatabase, createTestUser, TEST_PASSWORD, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkSession,
  createCaller,
  createSession,
  endSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  verifyCredentials,
} from "../src";
import { sessionOf, signedIn, signedOut } from "./helpers";
import { classWithStudents } from "./teaching";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

/**
 * What the web layer does with a cookie on every request: the session id it carries is checked
 * against the Session table (checkSession), and the tRPC context gets its user or null.
 */
async function callWithCookie(sessionId: string) {
  return createCaller({ db: t.db, session: await checkSession(t.db, sessionId) });
}

async function expect401(sessionId: string) {
  expect(await checkSession(t.db, sessionId)).toBeNull();
  const api = await callWithCookie(sessionId);
  await expect(api.auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  await expect(api.reading.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  await expect(api.class.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
}

describe("server-side sessions end", () => {
  it("a live session works; signing out ends it on the server", async () => {
    const user = await createTestUser(t.db, "STUDENT");
    const sid = await createSession(t.db, user.id);
    await expect((await callWithCookie(sid)).reading.list()).resolves.toHaveLength(6);
    await endSession(t.db, sid);
    await expect401(sid);
  });

  it("sign out everywhere ends every session of the user, and only theirs", async () => {
    const user = await createTestUser(t.db, "STUDENT");
    const other = await signedIn(t, "STUDENT");
    const [a, b] = [await createSession(t.db, user.id), await createSession(t.db, user.id)];
    await expect((await callWithCookie(a)).auth.signOutEverywhere()).resolves.toEqual({ ended: 2 });
    await expect401(a);
    await expect401(b);
    expect(await checkSession(t.db, other.session.sessionId)).not.toBeNull();
  });

  it("a password change ends the other sessions and keeps the one it was made from", async () => {
    const user = await createTestUser(t.db, "STUDENT");
    const [here, there] = [await createSession(t.db, user.id), await createSession(t.db, user.id)];
    const api = await callWithCookie(here);
    await expect(
      api.auth.changePassword({ currentPassword: "wrong-password-9", newPassword: "a-new-long-phrase-2020" }),
    ).rejects.toMatchObject({ message: "WRONG_PASSWORD" });
    expect(await checkSession(t.db, there)).not.toBeNull();
    await expect(
      api.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a-new-long-phrase-2020" }),
    ).resolves.toMatchObject({ otherSessionsEnded: 1 });
    await expect401(there);
    expect(await checkSession(t.db, here)).not.toBeNull();
    expect(
      await verifyCredentials(t.db, { login: user.email, password: "a-new-long-phrase-2020" }),
    ).not.toBeNull();
    expect(await verifyCredentials(t.db, { login: user.email, password: TEST_PASSWORD })).toBeNull();
  });

  it("a teacher's reset ends the student's sessions and forces a new password at the next sign-in", async () => {
    const { teacher, students } = await classWithStudents(t, 1);
    const student = students[0]!;
    const slip = await teacher.api.class.resetStudentPassword({ studentId: student.user.id });
    expect(slip.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await expect401(student.session.sessionId!);
    // Signing in with the one-time password works, but nothing except changing it does.
    const signed = await verifyCredentials(t.db, { login: student.user.email, password: slip.password });
    expect(signed).not.toBeNull();
    const sid = await createSession(t.db, signed!.id);
    const api = await callWithCookie(sid);
    await expect(api.reading.list()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "PASSWORD_CHANGE_REQUIRED",
    });
    await expect(api.class.joined()).rejects.toMatchObject({ message: "PASSWORD_CHANGE_REQUIRED" });
    expect(await api.auth.me()).toMatchObject({ mustChangePassword: true });
    await api.auth.changePassword({ currentPassword: slip.password, newPassword: "my-own-phrase-2020" });
    await expect((await callWithCookie(sid)).class.joined()).resolves.toHaveLength(1);
    const audit = await t.db.auditEntry.findFirstOrThrow({
      where: { action: "password.reset", targetId: student.user.id },
    });
    expect(audit.actorId).toBe(teacher.user.id);
    expect(JSON.stringify(audit.details)).not.toContain(slip.password);
  });

  it("an admin's reset ends the user's sessions", async () => {
    const admin = await signedIn(t, "ADMIN");
    const target = await signedIn(t, "TEACHER");
    await admin.api.admin.resetPassword({ userId: target.user.id });
    await expect401(target.session.sessionId!);
  });

  it("deactivation ends every session and refuses sign-in; reactivation allows it again", async () => {
    const admin = await signedIn(t, "ADMIN");
    const target = await signedIn(t, "STUDENT");
    await admin.api.admin.setActive({ userId: target.user.id, active: false });
    await expect401(target.session.sessionId!);
    expect(await verifyCredentials(t.db, { login: target.user.email, password: TEST_PASSWORD })).toBeNull();
    await admin.api.admin.setActive({ userId: target.user.id, active: true });
    expect(
      await verifyCredentials(t.db, { login: target.user.email, password: TEST_PASSWORD }),
    ).not.toBeNull();
    // The old session stays ended: reactivation does not bring sessions back.
    await expect401(target.session.sessionId!);
    const actions = await t.db.auditEntry.findMany({
      where: { targetId: target.user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["account.deactivate", "account.reactivate"]);
  });

  it("a session past its idle or absolute limit is refused", async () => {
    const user = await createTestUser(t.db, "STUDENT");
    const sid = await createSession(t.db, user.id);
    const now = Date.now();
    expect(await checkSession(t.db, sid, new Date(now + SESSION_IDLE_MS - 60_000))).not.toBeNull();
    const idle = await createSession(t.db, user.id);
    expect(await checkSession(t.db, idle, new Date(now + SESSION_IDLE_MS + 60_000))).toBeNull();
    // Active every day, it still ends at the absolute limit.
    await t.db.session.update({
      where: { id: sid },
      data: { lastSeenAt: new Date(now + SESSION_ABSOLUTE_MS) },
    });
    expect(await checkSession(t.db, sid, new Date(now + SESSION_ABSOLUTE_MS + 1000))).toBeNull();
    expect(await checkSession(t.db, "no-such-session")).toBeNull();
    expect(await checkSession(t.db, undefined)).toBeNull();
  });

  it("refreshes lastSeenAt only after a few minutes", async () => {
    const user = await createTestUser(t.db, "STUDENT");
    const sid = await createSession(t.db, user.id);
    const first = (await t.db.session.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt;
    await checkSession(t.db, sid, new Date(first.getTime() + 60_000));
    expect((await t.db.session.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(first);
    const later = new Date(first.getTime() + 10 * 60_000);
    await checkSession(t.db, sid, later);
    await expect
      .poll(async () => (await t.db.session.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt)
      .toEqual(later);
  });
});

describe("roles", () => {
  it("a self-made account cannot reach the bank, nor teacher or admin procedures", async () => {
    await signedOut(t).auth.signUp({
      name: "Eve",
      email: "eve@example.test",
      password: "eve-wants-the-keys-2020",
    });
    const eve = await verifyCredentials(t.db, {
      login: "eve@example.test",
      password: "eve-wants-the-keys-2020",
    });
    const api = await callWithCookie(await createSession(t.db, eve!.id));
    await expect(api.bank.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.bank.summary()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.class.create({ name: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.admin.accounts({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a legacy self-made teacher is unconfirmed: no bank until an admin confirms; demoting makes a student", async () => {
    const legacy = await t.db.user.create({
      data: { name: "Old", email: "old-teacher@example.test", role: "TEACHER", passwordHash: "x" },
    });
    const api = createCaller({ db: t.db, session: await sessionOf(t, legacy.id) });
    await expect(api.bank.list({})).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "TEACHER_NOT_CONFIRMED",
    });
    const admin = await signedIn(t, "ADMIN");
    const listed = await admin.api.admin.accounts({ filter: "UNCONFIRMED_TEACHER" });
    expect(listed.accounts.map((a) => a.id)).toContain(legacy.id);
    await admin.api.admin.setTeacherStatus({ userId: legacy.id, decision: "CONFIRM" });
    const confirmed = createCaller({ db: t.db, session: await sessionOf(t, legacy.id) });
    await expect(confirmed.bank.summary()).resolves.toMatchObject({ total: expect.any(Number) as number });
    const other = await t.db.user.create({
      data: { name: "Old2", email: "old-teacher2@example.test", role: "TEACHER", passwordHash: "x" },
    });
    const otherSession = await sessionOf(t, other.id);
    await admin.api.admin.setTeacherStatus({ userId: other.id, decision: "DEMOTE" });
    expect(await checkSession(t.db, otherSession.sessionId)).toBeNull();
    expect((await sessionOf(t, other.id)).role).toBe("STUDENT");
  });
});

describe("invitations", () => {
  const newTeacher = (code: string, email = `t-${Math.random().toString(36).slice(2)}@example.test`) => ({
    code,
    name: "新老師",
    email,
    password: "teaching-is-fun-2020",
  });

  it("an admin's invitation makes one confirmed teacher, once; only the hash is stored", async () => {
    const admin = await signedIn(t, "ADMIN");
    const inv = await admin.api.admin.invite({ days: 7 });
    const stored = await t.db.invitation.findUniqueOrThrow({ where: { id: inv.id } });
    expect(stored.codeHash).not.toContain(inv.code);
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    await expect(signedOut(t).invitation.check({ code: inv.code })).resolves.toMatchObject({ email: null });
    const teacher = await signedOut(t).invitation.signUp(newTeacher(inv.code));
    expect(teacher.role).toBe("TEACHER");
    const api = createCaller({ db: t.db, session: await sessionOf(t, teacher.id) });
    await expect(api.bank.summary()).resolves.toBeTruthy();
    const before = await t.db.user.count();
    await expect(signedOut(t).invitation.signUp(newTeacher(inv.code))).rejects.toMatchObject({
      message: "INVITATION_INVALID",
    });
    await expect(signedOut(t).invitation.check({ code: inv.code })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.user.count()).toBe(before);
    const actions = (
      await t.db.auditEntry.findMany({ where: { details: { path: ["invitationId"], equals: inv.id } } })
    ).map((a) => a.action);
    expect(actions.sort()).toEqual(["invitation.create", "invitation.redeem", "role.change"]);
  });

  it("refuses expired, revoked and other-email invitations; upgrades a signed-in student", async () => {
    const admin = await signedIn(t, "ADMIN");
    const expired = await admin.api.admin.invite({});
    await t.db.invitation.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(signedOut(t).invitation.signUp(newTeacher(expired.code))).rejects.toMatchObject({
      message: "INVITATION_INVALID",
    });
    const revoked = await admin.api.admin.invite({});
    await admin.api.admin.revokeInvitation({ invitationId: revoked.id });
    await expect(signedOut(t).invitation.signUp(newTeacher(revoked.code))).rejects.toMatchObject({
      message: "INVITATION_INVALID",
    });
    const student = await signedIn(t, "STUDENT");
    const forOther = await admin.api.admin.invite({ email: "someone-else@example.test" });
    await expect(student.api.invitation.accept({ code: forOther.code })).rejects.toMatchObject({
      message: "INVITATION_FOR_ANOTHER_EMAIL",
    });
    const forStudent = await admin.api.admin.invite({ email: student.user.email! });
    await expect(student.api.invitation.accept({ code: forStudent.code })).resolves.toEqual({
      role: "TEACHER",
    });
    const upgraded = await sessionOf(t, student.user.id);
    expect(upgraded).toMatchObject({ role: "TEACHER", teacherConfirmed: true });
    const statuses = await admin.api.admin.invitations();
    expect(statuses.find((i) => i.id === expired.id)?.status).toBe("EXPIRED");
    expect(statuses.find((i) => i.id === revoked.id)?.status).toBe("REVOKED");
    expect(statuses.find((i) => i.id === forStudent.id)?.status).toBe("REDEEMED");
  });

  it("teachers cannot invite", async () => {
    const teacher = await signedIn(t, "TEACHER");
    await expect(teacher.api.admin.invite({})).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "ADMINS_ONLY",
    });
  });
});

describe("roster import", () => {
  it("creates students with login ids and one-time passwords, enrols existing ones, and audits", async () => {
    const { teacher, cls } = await classWithStudents(t, 0);
    const existing = await createTestUser(t.db, "STUDENT", "Existing");
    const text = `學號,姓名,電郵或登入名稱\n1,陳大文\n2,李小明,s4a-lee\n3,Existing,${existing.email}\n`;
    const result = await teacher.api.class.importRoster({ classId: cls.id, roster: text });
    expect(result.slips.map((s) => [s.classNumber, s.loginId, s.password === null])).toEqual([
      [1, `${cls.joinCode.toLowerCase()}-01`, false],
      [2, "s4a-lee", false],
      [3, null, true],
    ]);
    const roster = await teacher.api.class.get({ classId: cls.id });
    expect(roster.students.map((s) => [s.classNumber, s.name])).toEqual([
      [1, "陳大文"],
      [2, "李小明"],
      [3, "Existing"],
    ]);
    const signed = await verifyCredentials(t.db, { login: "s4a-lee", password: result.slips[1]!.password });
    const api = createCaller({ db: t.db, session: await sessionOf(t, signed!.id) });
    await expect(api.class.joined()).rejects.toMatchObject({ message: "PASSWORD_CHANGE_REQUIRED" });
    const audit = await t.db.auditEntry.findFirstOrThrow({
      where: { action: "roster.import", actorId: teacher.user.id },
    });
    expect(audit.details).toMatchObject({ classId: cls.id, created: 2, enrolledExisting: 1 });
  });

  it("a made-up login id avoids one the list gives, and an enrolled student keeps their password", async () => {
    const { teacher, cls } = await classWithStudents(t, 0);
    const code = cls.joinCode.toLowerCase();
    const result = await teacher.api.class.importRoster({ classId: cls.id, roster: `1,A\n2,B,${code}-01` });
    expect(result.slips.map((s) => s.loginId)).toEqual([`${code}-01-2`, `${code}-01`]);
    const again = await teacher.api.class.importRoster({ classId: cls.id, roster: `2,B,${code}-01` });
    expect(again.slips).toEqual([
      { classNumber: 2, name: "B", loginId: `${code}-01`, email: null, password: null },
    ]);
    expect(await t.db.enrollment.count({ where: { classId: cls.id } })).toBe(2);
  });

  it("a list with a problem imports nothing and says which lines", async () => {
    const { teacher, cls } = await classWithStudents(t, 0);
    const admin = await createTestUser(t.db, "ADMIN");
    const before = await t.db.user.count();
    await expect(
      teacher.api.class.importRoster({ classId: cls.id, roster: "1,A\n1,B\nx,C\n4,\n5,E,bad id!" }),
    ).rejects.toMatchObject({
      message: "ROSTER_INVALID:2=DUPLICATE_CLASS_NUMBER;3=BAD_CLASS_NUMBER;4=NAME_REQUIRED;5=BAD_LOGIN_ID",
    });
    await expect(
      teacher.api.class.importRoster({ classId: cls.id, roster: `1,A\n2,Admin,${admin.email}` }),
    ).rejects.toMatchObject({ message: "ROSTER_INVALID:2=NOT_A_STUDENT_ACCOUNT" });
    expect(await t.db.user.count()).toBe(before);
    expect(await t.db.enrollment.count({ where: { classId: cls.id } })).toBe(0);
  });

  it("a teacher resets only students of their own current classes", async () => {
    const { teacher, students } = await classWithStudents(t, 1);
    const other = await signedIn(t, "TEACHER");
    const outsider = await signedIn(t, "STUDENT");
    await expect(
      other.api.class.resetStudentPassword({ studentId: students[0]!.user.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      teacher.api.class.resetStudentPassword({ studentId: outsider.user.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(teacher.api.class.resetStudentPassword({ studentId: other.user.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await checkSession(t.db, students[0]!.session.sessionId)).not.toBeNull();
  });
});
