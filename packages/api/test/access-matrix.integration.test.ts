import { getItem, items } from "@dc/content";
import { writtenItems } from "@dc/content/written";
import { hashPassword, type Role } from "@dc/db";
import { createTestDatabase, TEST_PASSWORD, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, checkSession, createCaller, createSession } from "../src";
import { asShown, rightResponse } from "./helpers";

let t: TestDatabase;
let passwordHash: string;
beforeAll(async () => {
  t = await createTestDatabase();
  passwordHash = await hashPassword(TEST_PASSWORD); // one hash for every account: argon2 is slow on purpose
});
afterAll(async () => {
  await t?.drop();
});

const ACTORS = [
  "signedOut",
  "studentOutside",
  "studentInside",
  "owningTeacher",
  "coTeacher",
  "otherTeacher",
  "admin",
  "deactivated",
] as const;
type TActor = (typeof ACTORS)[number];
type TApi = ReturnType<typeof createCaller>;

let serial = 0;
async function account(role: Role, name: string, extra: { deactivated?: boolean } = {}) {
  serial++;
  return t.db.user.create({
    data: {
      email: `${name.toLowerCase()}-${serial}-${Math.random().toString(36).slice(2, 8)}@matrix.test`,
      name,
      role,
      passwordHash,
      teacherConfirmedAt: role === "TEACHER" ? new Date() : null,
      deactivatedAt: extra.deactivated ? new Date() : null,
    },
  });
}

/** The caller as the web layer builds it: the user of the cookie's live session, or nobody. */
async function callerFor(userId: string | null) {
  if (!userId) return createCaller({ db: t.db, session: null });
  return createCaller({ db: t.db, session: await checkSession(t.db, await createSession(t.db, userId)) });
}

/**
 * A small school: a class with its teacher and a co-teacher, one enrolled student who has taken its assignment and
 * has a practice attempt open, a student elsewhere, another teacher, an admin, a deactivated account,
 * a self-made teacher awaiting confirmation, an open invitation and an assignment nobody started.
 */
async function world() {
  const [studentOutside, studentInside, owningTeacher, coTeacher, otherTeacher, adminUser, deactivated] =
    await Promise.all([
      account("STUDENT", "Outside"),
      account("STUDENT", "Inside"),
      account("TEACHER", "Owner"),
      account("TEACHER", "Co"),
      account("TEACHER", "Other"),
      account("ADMIN", "Admin"),
      account("TEACHER", "Gone", { deactivated: true }),
    ]);
  const users = {
    studentOutside,
    studentInside,
    owningTeacher,
    coTeacher,
    otherTeacher,
    admin: adminUser,
    deactivated,
  };
  const legacyTeacher = await t.db.user.create({
    data: { email: `legacy-${++serial}@matrix.test`, name: "Legacy", role: "TEACHER", passwordHash },
  });
  const [owner, inside, admin] = await Promise.all([
    callerFor(users.owningTeacher.id),
    callerFor(users.studentInside.id),
    callerFor(users.admin.id),
  ]);
  const cls = await owner.class.create({ name: "Matrix 班" });
  await inside.class.join({ code: cls.joinCode });
  await owner.class.addCoTeacher({ classId: cls.id, teacher: users.coTeacher.email! });
  const announcement = await owner.announcement.post({ classId: cls.id, notice: "Matrix notice" });
  const item = items[0]!;
  const assignment = await owner.assignment.create({
    classId: cls.id,
    title: "Matrix quiz",
    selection: { mode: "pick", itemIds: [item.id] },
    dueAt: new Date(Date.now() + 3_600_000),
  });
  const unstarted = await owner.assignment.create({
    classId: cls.id,
    title: "Unstarted",
    selection: { mode: "pick", itemIds: [item.id] },
    dueAt: new Date(Date.now() + 3_600_000),
  });
  const { id: assignmentAttemptId } = await inside.assignment.start({ assignmentId: assignment.id });
  await inside.attempt.save({
    attemptId: assignmentAttemptId,
    itemId: item.id,
    response: rightResponse(item),
    revision: 1,
  });
  await inside.attempt.submit({ attemptId: assignmentAttemptId });
  const practice = await inside.attempt.startLesson({ kind: "PRACTICE", lessonId: 1 });
  const practiceView = await inside.attempt.get({ attemptId: practice.id });
  const practiceItem = getItem(practiceView.items[0]!.item.id)!;
  // A practice holding a written item, its answer checked (final): what a self-grade needs.
  const written = items.find((i) => i.type === "written" && i.pool === "practice")!;
  const writtenPractice = await t.db.attempt.create({
    data: {
      userId: users.studentInside.id,
      kind: "PRACTICE",
      lessonId: written.lessonId,
      itemIds: [written.id],
    },
  });
  await inside.attempt.check({
    attemptId: writtenPractice.id,
    itemId: written.id,
    response: { type: "written", text: "以內循環為主。" },
    revision: 1,
  });
  const invitation = await admin.admin.invite({});
  const grading = await writtenAssignment(cls.id, studentInside.id);
  return {
    grading,
    users,
    legacyTeacherId: legacyTeacher.id,
    classId: cls.id,
    joinCode: cls.joinCode,
    assignmentId: assignment.id,
    unstartedId: unstarted.id,
    assignmentAttemptId,
    practiceId: practice.id,
    practiceItem,
    writtenPracticeId: writtenPractice.id,
    writtenItemId: written.id,
    itemId: item.id,
    invitationId: invitation.id,
    announcementId: announcement.id,
    code: invitation.code,
  };
}
type TWorld = Awaited<ReturnType<typeof world>>;

/** An assignment with a written item, and the inside student's submitted attempt awaiting grading. */
async function writtenAssignment(classId: string, studentId: string) {
  const item = writtenItems[0]!;
  const assignment = await t.db.assignment.create({
    data: {
      classId,
      title: "Matrix written",
      itemIds: [item.id],
      handPicked: true,
      opensAt: new Date(Date.now() - 3_600_000),
      dueAt: new Date(Date.now() + 3_600_000),
    },
  });
  const attempt = await t.db.attempt.create({
    data: {
      userId: studentId,
      kind: "ASSIGNMENT",
      assignmentId: assignment.id,
      itemIds: [item.id],
      status: "SUBMITTED",
      submittedAt: new Date(),
      maxScore: 1,
      answers: {
        create: [{ itemId: item.id, response: { type: "written", text: "內循環為主" }, revision: 1 }],
      },
    },
  });
  return {
    assignmentId: assignment.id,
    itemId: item.id,
    attemptId: attempt.id,
    criterionId: item.rubric[0]!.id,
  };
}

const ANY: readonly TActor[] = ACTORS;
const SIGNED_IN: readonly TActor[] = [
  "studentOutside",
  "studentInside",
  "owningTeacher",
  "coTeacher",
  "otherTeacher",
  "admin",
];
const STUDENTS: readonly TActor[] = ["studentOutside", "studentInside"];
const TEACHERS: readonly TActor[] = ["owningTeacher", "coTeacher", "otherTeacher"];
/** The teachers of the class: its owner and its co-teacher have the same rights over it... */
const OWNER: readonly TActor[] = ["owningTeacher", "coTeacher"];
/** ...except managing co-teachers and archiving, which only the owner may do. */
const CLASS_OWNER: readonly TActor[] = ["owningTeacher"];
const INSIDE: readonly TActor[] = ["studentInside"];
const ADMIN: readonly TActor[] = ["admin"];

type TRow = {
  allowed: readonly TActor[];
  call: (api: TApi, w: TWorld) => Promise<unknown>;
  /** Error codes an allowed actor may get for a reason of the domain (nothing due, already a teacher). */
  allowedMayFailWith?: string[];
};

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
/** The right answer to the open practice item, under the attempt's own choice ids (as a browser sends it). */
const answer = async (w: TWorld) => ({
  attemptId: w.practiceId,
  itemId: w.practiceItem.id,
  response: await asShown(t, w.practiceId, w.practiceItem.id, rightResponse(w.practiceItem)),
  revision: 1,
});

/** Every procedure of the app router: who may call it, and a call that would succeed for them. */
const MATRIX: Record<string, TRow> = {
  "admin.invite": { allowed: ADMIN, call: (api) => api.admin.invite({}) },
  "admin.invitations": { allowed: ADMIN, call: (api) => api.admin.invitations() },
  "admin.revokeInvitation": {
    allowed: ADMIN,
    call: (api, w) => api.admin.revokeInvitation({ invitationId: w.invitationId }),
  },
  "admin.accounts": { allowed: ADMIN, call: (api) => api.admin.accounts({}) },
  "admin.setActive": {
    allowed: ADMIN,
    call: (api, w) => api.admin.setActive({ userId: w.users.studentOutside.id, active: false }),
  },
  "admin.resetPassword": {
    allowed: ADMIN,
    call: (api, w) => api.admin.resetPassword({ userId: w.users.studentInside.id }),
  },
  "admin.setTeacherStatus": {
    allowed: ADMIN,
    call: (api, w) => api.admin.setTeacherStatus({ userId: w.legacyTeacherId, decision: "CONFIRM" }),
  },
  "admin.audit": { allowed: ADMIN, call: (api) => api.admin.audit() },

  "announcement.post": {
    allowed: OWNER,
    call: (api, w) => api.announcement.post({ classId: w.classId, notice: "Notice" }),
  },
  "announcement.delete": {
    allowed: OWNER,
    call: (api, w) => api.announcement.delete({ announcementId: w.announcementId }),
  },
  "announcement.list": { allowed: OWNER, call: (api, w) => api.announcement.list({ classId: w.classId }) },
  "announcement.mine": { allowed: STUDENTS, call: (api) => api.announcement.mine() },

  "assignment.create": {
    allowed: OWNER,
    call: (api, w) =>
      api.assignment.create({
        classId: w.classId,
        title: "x",
        selection: { mode: "pick", itemIds: [w.itemId] },
        dueAt: new Date(Date.now() + 3_600_000),
      }),
  },
  "assignment.update": {
    allowed: OWNER,
    call: (api, w) => api.assignment.update({ assignmentId: w.assignmentId, title: "changed" }),
  },
  "assignment.delete": {
    allowed: OWNER,
    call: (api, w) => api.assignment.delete({ assignmentId: w.unstartedId }),
  },
  "assignment.duplicate": {
    allowed: OWNER,
    call: (api, w) =>
      api.assignment.duplicate({
        assignmentId: w.assignmentId,
        classId: w.classId,
        title: "Copy",
        dueAt: new Date(Date.now() + 7_200_000),
      }),
  },
  "assignment.releaseNow": {
    allowed: OWNER,
    call: (api, w) => api.assignment.releaseNow({ assignmentId: w.assignmentId }),
  },
  "assignment.preview": {
    allowed: OWNER,
    call: (api, w) => api.assignment.preview({ assignmentId: w.assignmentId }),
  },
  "assignment.checkPreview": {
    allowed: OWNER,
    call: (api, w) =>
      api.assignment.checkPreview({
        assignmentId: w.assignmentId,
        seed: "matrix-seed",
        responses: [{ itemId: w.itemId, response: null }],
      }),
  },
  "assignment.list": { allowed: OWNER, call: (api, w) => api.assignment.list({ classId: w.classId }) },
  "assignment.get": {
    allowed: OWNER,
    call: (api, w) => api.assignment.get({ assignmentId: w.assignmentId }),
  },
  "assignment.setAccommodation": {
    allowed: OWNER,
    call: (api, w) =>
      api.assignment.setAccommodation({
        assignmentId: w.assignmentId,
        studentId: w.users.studentInside.id,
        extraTimeMinutes: 5,
        extraAttempts: 1,
      }),
  },
  "assignment.adjustItem": {
    allowed: OWNER,
    call: (api, w) =>
      api.assignment.adjustItem({
        assignmentId: w.assignmentId,
        itemId: w.itemId,
        action: "DROP",
        reason: "x",
      }),
  },
  "assignment.regrades": {
    allowed: OWNER,
    call: (api, w) => api.assignment.regrades({ assignmentId: w.assignmentId }),
  },
  "assignment.mine": { allowed: STUDENTS, call: (api) => api.assignment.mine() },
  "assignment.start": {
    allowed: INSIDE,
    call: (api, w) => api.assignment.start({ assignmentId: w.unstartedId }),
  },

  "attempt.startLesson": {
    allowed: STUDENTS,
    call: (api) => api.attempt.startLesson({ kind: "QUIZ", lessonId: 2 }),
  },
  "attempt.get": { allowed: INSIDE, call: (api, w) => api.attempt.get({ attemptId: w.practiceId }) },
  "attempt.save": { allowed: INSIDE, call: async (api, w) => api.attempt.save(await answer(w)) },
  "attempt.check": { allowed: INSIDE, call: async (api, w) => api.attempt.check(await answer(w)) },
  "attempt.submit": { allowed: INSIDE, call: (api, w) => api.attempt.submit({ attemptId: w.practiceId }) },
  "attempt.selfGrade": {
    allowed: INSIDE,
    call: (api, w) =>
      api.attempt.selfGrade({ attemptId: w.writtenPracticeId, itemId: w.writtenItemId, criteriaMet: [] }),
  },
  "attempt.recent": { allowed: STUDENTS, call: (api) => api.attempt.recent() },

  // Anyone may ask; without SMTP configured (as here) the request says so, and an unknown link is refused.
  "passwordReset.request": {
    allowed: ANY,
    allowedMayFailWith: ["RESET_BY_EMAIL_OFF"],
    call: (api) => api.passwordReset.request({ email: `nobody-${unique()}@matrix.test` }),
  },
  "passwordReset.reset": {
    allowed: ANY,
    allowedMayFailWith: ["RESET_LINK_INVALID"],
    call: (api) => api.passwordReset.reset({ token: "0".repeat(43), password: "a-long-passphrase-2020" }),
  },

  "auth.signUp": {
    allowed: ANY,
    call: (api) =>
      api.auth.signUp({
        name: "New",
        email: `new-${unique()}@matrix.test`,
        password: "a-long-passphrase-2020",
      }),
  },
  "auth.me": { allowed: SIGNED_IN, call: (api) => api.auth.me() },
  "auth.changePassword": {
    allowed: SIGNED_IN,
    call: (api) =>
      api.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "another-long-phrase-2020" }),
  },
  "auth.signOutEverywhere": { allowed: SIGNED_IN, call: (api) => api.auth.signOutEverywhere() },

  "bank.summary": { allowed: TEACHERS, call: (api) => api.bank.summary() },
  "bank.list": { allowed: TEACHERS, call: (api) => api.bank.list({}) },

  "class.create": { allowed: TEACHERS, call: (api) => api.class.create({ name: "New class" }) },
  "class.list": { allowed: TEACHERS, call: (api) => api.class.list() },
  "class.get": { allowed: OWNER, call: (api, w) => api.class.get({ classId: w.classId }) },
  "class.rename": {
    allowed: OWNER,
    call: (api, w) => api.class.rename({ classId: w.classId, name: "Renamed" }),
  },
  "class.archive": {
    allowed: CLASS_OWNER,
    call: (api, w) => api.class.archive({ classId: w.classId, archived: true }),
  },
  "class.rotateCode": { allowed: OWNER, call: (api, w) => api.class.rotateCode({ classId: w.classId }) },
  "class.removeStudent": {
    allowed: OWNER,
    call: (api, w) => api.class.removeStudent({ classId: w.classId, studentId: w.users.studentInside.id }),
  },
  "class.importRoster": {
    allowed: OWNER,
    call: (api, w) => api.class.importRoster({ classId: w.classId, roster: "1,新同學\n2,舊同學" }),
  },
  "class.resetStudentPassword": {
    allowed: OWNER,
    call: (api, w) => api.class.resetStudentPassword({ studentId: w.users.studentInside.id }),
  },
  "class.setStanding": {
    allowed: OWNER,
    call: (api, w) =>
      api.class.setStanding({
        classId: w.classId,
        studentId: w.users.studentInside.id,
        extraTimeMinutes: 5,
        extraTimePercent: 25,
        extraAttempts: 1,
      }),
  },
  "class.setClassNumber": {
    allowed: OWNER,
    call: (api, w) =>
      api.class.setClassNumber({ classId: w.classId, studentId: w.users.studentInside.id, classNumber: 4 }),
  },
  "class.addCoTeacher": {
    allowed: CLASS_OWNER,
    call: (api, w) => api.class.addCoTeacher({ classId: w.classId, teacher: w.users.otherTeacher.email! }),
  },
  "class.removeCoTeacher": {
    allowed: CLASS_OWNER,
    call: (api, w) => api.class.removeCoTeacher({ classId: w.classId, teacherId: w.users.coTeacher.id }),
  },
  "class.leave": { allowed: INSIDE, call: (api, w) => api.class.leave({ classId: w.classId }) },
  "class.join": { allowed: STUDENTS, call: (api, w) => api.class.join({ code: w.joinCode }) },
  "class.joined": { allowed: STUDENTS, call: (api) => api.class.joined() },

  "invitation.check": { allowed: ANY, call: (api, w) => api.invitation.check({ code: w.code }) },
  "invitation.accept": { allowed: STUDENTS, call: (api, w) => api.invitation.accept({ code: w.code }) },
  "invitation.signUp": {
    allowed: ANY,
    call: (api, w) =>
      api.invitation.signUp({
        code: w.code,
        name: "Invited",
        email: `invited-${unique()}@matrix.test`,
        password: "a-long-passphrase-2020",
      }),
  },

  "home.student": { allowed: STUDENTS, call: (api) => api.home.student() },

  "notification.list": { allowed: STUDENTS, call: (api) => api.notification.list() },
  "notification.markRead": {
    allowed: STUDENTS,
    call: (api, w) => api.notification.markRead({ keys: [`assignment.new:${w.assignmentId}`] }),
  },
  "notification.markAllRead": { allowed: STUDENTS, call: (api) => api.notification.markAllRead() },

  "progress.dashboard": {
    allowed: STUDENTS,
    call: (api) => api.progress.dashboard({ tzOffsetMinutes: 480 }),
  },

  "reading.get": { allowed: SIGNED_IN, call: (api) => api.reading.get({ lessonId: 1 }) },
  "reading.list": { allowed: SIGNED_IN, call: (api) => api.reading.list() },
  "reading.save": {
    allowed: SIGNED_IN,
    call: (api) => api.reading.save({ lessonId: 1, seenParagraphIds: [] }),
  },

  "grading.questions": {
    allowed: OWNER,
    call: (api, w) => api.grading.questions({ assignmentId: w.grading.assignmentId }),
  },
  "grading.queue": {
    allowed: OWNER,
    call: (api, w) => api.grading.queue({ assignmentId: w.grading.assignmentId, itemId: w.grading.itemId }),
  },
  "grading.grade": {
    allowed: OWNER,
    call: (api, w) =>
      api.grading.grade({
        assignmentId: w.grading.assignmentId,
        itemId: w.grading.itemId,
        attemptIds: [w.grading.attemptId],
        criteriaMet: [w.grading.criterionId],
        comment: "Matrix comment",
      }),
  },
  "grading.adjustRubric": {
    allowed: OWNER,
    call: (api, w) =>
      api.grading.adjustRubric({
        assignmentId: w.grading.assignmentId,
        itemId: w.grading.itemId,
        criterionId: w.grading.criterionId,
        points: 0,
        reason: "Matrix reason",
      }),
  },
  "results.gradebook": { allowed: OWNER, call: (api, w) => api.results.gradebook({ classId: w.classId }) },
  "results.assignment": {
    allowed: OWNER,
    call: (api, w) => api.results.assignment({ assignmentId: w.assignmentId }),
  },
  "results.attempt": {
    allowed: OWNER,
    call: (api, w) => api.results.attempt({ attemptId: w.assignmentAttemptId }),
  },
  "results.mastery": { allowed: OWNER, call: (api, w) => api.results.mastery({ classId: w.classId }) },
  "results.gradebookCsv": {
    allowed: OWNER,
    call: (api, w) => api.results.gradebookCsv({ classId: w.classId }),
  },
  "results.responsesCsv": {
    allowed: OWNER,
    call: (api, w) => api.results.responsesCsv({ assignmentId: w.assignmentId }),
  },

  "review.summary": { allowed: STUDENTS, call: (api) => api.review.summary() },
  "review.start": {
    allowed: STUDENTS,
    call: (api) => api.review.start(),
    allowedMayFailWith: ["NOTHING_DUE"],
  },
};

describe("the access matrix", () => {
  it("has a row for every procedure of the router, old and new", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(procedures);
  });

  // The refused actors share one world (a refusal changes nothing, and a success is reported anyway);
  // each allowed actor gets a fresh world, so one actor's success cannot spoil or hide another's.
  it.each(Object.entries(MATRIX))("%s: only its actors succeed", { timeout: 120_000 }, async (_name, row) => {
    const outcomes: Record<string, string> = {};
    const shared = await world();
    for (const actor of [...ACTORS].sort(
      (a, b) => Number(row.allowed.includes(a)) - Number(row.allowed.includes(b)),
    )) {
      const w = row.allowed.includes(actor) ? await world() : shared;
      const userId = actor === "signedOut" ? null : w.users[actor].id;
      const api = await callerFor(userId);
      outcomes[actor] = await row.call(api, w).then(
        () => "OK",
        (error: { code?: string; message?: string }) => `${error.code}:${error.message}`,
      );
    }
    const expected = Object.fromEntries(
      ACTORS.map((actor) => {
        const got = outcomes[actor]!;
        if (row.allowed.includes(actor)) {
          const domain = row.allowedMayFailWith?.some((code) => got.endsWith(`:${code}`));
          return [actor, domain ? got : "OK"];
        }
        // Refused: 401 without a live session, 403 for the wrong role, 404 for someone else's data.
        const signedOut = actor === "signedOut" || actor === "deactivated";
        const refusal = signedOut ? /^UNAUTHORIZED:/ : /^(FORBIDDEN|NOT_FOUND|CONFLICT):/;
        return [actor, refusal.test(got) ? got : `a refusal, not ${got}`];
      }),
    );
    expect(outcomes).toEqual(expected);
  });
});
