import { items } from "@dc/content";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rightResponse, signedIn, signedOut } from "./helpers";
import { classWithStudents, hoursFromNow } from "./teaching";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

type TApi = ReturnType<typeof signedOut>;

/**
 * Every teacher procedure that names a class, assignment, student or attempt, called by someone who
 * is not its teacher. Another teacher must get NOT_FOUND (as for an id that does not exist), a
 * student FORBIDDEN, a signed-out caller UNAUTHORIZED; none of them may learn anything or change anything.
 */
async function world() {
  const { teacher, cls, students } = await classWithStudents(t, 1, "Confidential 班");
  const student = students[0]!;
  const item = items[0]!;
  const assignment = await teacher.api.assignment.create({
    classId: cls.id,
    title: "Secret quiz",
    selection: { mode: "pick", itemIds: [item.id] },
    dueAt: hoursFromNow(1),
  });
  const { id: attemptId } = await student.api.assignment.start({ assignmentId: assignment.id });
  await student.api.attempt.save({ attemptId, itemId: item.id, response: rightResponse(item), revision: 1 });
  await student.api.attempt.submit({ attemptId });
  const [coTeacher, candidate] = [await signedIn(t, "TEACHER"), await signedIn(t, "TEACHER")];
  await teacher.api.class.addCoTeacher({ classId: cls.id, teacher: coTeacher.user.email! });
  const announcement = await teacher.api.announcement.post({
    classId: cls.id,
    notice: "Secret quiz tomorrow",
  });
  const ids = {
    classId: cls.id,
    assignmentId: assignment.id,
    studentId: student.user.id,
    attemptId,
    itemId: item.id,
  };
  const teacherCalls: [string, (api: TApi) => Promise<unknown>][] = [
    ["class.get", (api) => api.class.get({ classId: ids.classId })],
    ["class.rename", (api) => api.class.rename({ classId: ids.classId, name: "x" })],
    ["class.archive", (api) => api.class.archive({ classId: ids.classId, archived: true })],
    ["class.rotateCode", (api) => api.class.rotateCode({ classId: ids.classId })],
    [
      "class.removeStudent",
      (api) => api.class.removeStudent({ classId: ids.classId, studentId: ids.studentId }),
    ],
    [
      "assignment.create",
      (api) =>
        api.assignment.create({
          classId: ids.classId,
          title: "x",
          selection: { mode: "pick", itemIds: [item.id] },
          dueAt: hoursFromNow(1),
        }),
    ],
    ["assignment.update", (api) => api.assignment.update({ assignmentId: ids.assignmentId, title: "x" })],
    ["assignment.delete", (api) => api.assignment.delete({ assignmentId: ids.assignmentId })],
    ["assignment.list", (api) => api.assignment.list({ classId: ids.classId })],
    ["assignment.get", (api) => api.assignment.get({ assignmentId: ids.assignmentId })],
    [
      "assignment.setAccommodation",
      (api) =>
        api.assignment.setAccommodation({
          assignmentId: ids.assignmentId,
          studentId: ids.studentId,
          extraTimeMinutes: 5,
          extraAttempts: 1,
        }),
    ],
    [
      "assignment.adjustItem",
      (api) =>
        api.assignment.adjustItem({
          assignmentId: ids.assignmentId,
          itemId: ids.itemId,
          action: "DROP",
          reason: "x",
        }),
    ],
    ["assignment.regrades", (api) => api.assignment.regrades({ assignmentId: ids.assignmentId })],
    ["results.gradebook", (api) => api.results.gradebook({ classId: ids.classId })],
    ["results.assignment", (api) => api.results.assignment({ assignmentId: ids.assignmentId })],
    ["results.attempt", (api) => api.results.attempt({ attemptId: ids.attemptId })],
    ["results.mastery", (api) => api.results.mastery({ classId: ids.classId })],
    ["results.gradebookCsv", (api) => api.results.gradebookCsv({ classId: ids.classId })],
    ["results.responsesCsv", (api) => api.results.responsesCsv({ assignmentId: ids.assignmentId })],
    [
      "class.setStanding",
      (api) =>
        api.class.setStanding({
          classId: ids.classId,
          studentId: ids.studentId,
          extraTimeMinutes: 5,
          extraTimePercent: 25,
          extraAttempts: 1,
        }),
    ],
    [
      "class.setClassNumber",
      (api) => api.class.setClassNumber({ classId: ids.classId, studentId: ids.studentId, classNumber: 5 }),
    ],
    [
      "class.addCoTeacher",
      (api) => api.class.addCoTeacher({ classId: ids.classId, teacher: candidate.user.email! }),
    ],
    [
      "class.removeCoTeacher",
      (api) => api.class.removeCoTeacher({ classId: ids.classId, teacherId: coTeacher.user.id }),
    ],
    ["announcement.post", (api) => api.announcement.post({ classId: ids.classId, notice: "x" })],
    ["announcement.list", (api) => api.announcement.list({ classId: ids.classId })],
    ["announcement.delete", (api) => api.announcement.delete({ announcementId: announcement.id })],
  ];
  return { teacher, student, cls, assignment, ids, teacherCalls };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error as { code: string; message: string },
  );

async function snapshot(classId: string) {
  const [cls, assignments, enrollments, accommodations, adjustments, attempts, coTeachers, announcements] =
    await Promise.all([
      t.db.class.findUniqueOrThrow({ where: { id: classId } }),
      t.db.assignment.findMany({ where: { classId } }),
      t.db.enrollment.findMany({ where: { classId } }),
      t.db.accommodation.findMany({ where: { assignment: { classId } } }),
      t.db.itemAdjustment.findMany({ where: { assignment: { classId } } }),
      t.db.attempt.findMany({ where: { assignment: { classId } } }),
      t.db.classTeacher.findMany({ where: { classId } }),
      t.db.announcement.findMany({ where: { classId } }),
    ]);
  return JSON.stringify({
    cls,
    assignments,
    enrollments,
    accommodations,
    adjustments,
    attempts,
    coTeachers,
    announcements,
  });
}

describe("teacher procedures refuse everyone but the class's teacher", () => {
  it("another teacher: NOT_FOUND, the same as for ids that do not exist, nothing leaked or changed", async () => {
    const w = await world();
    const other = await signedIn(t, "TEACHER");
    const before = await snapshot(w.cls.id);
    for (const [name, call] of w.teacherCalls) {
      const error = await failure(call(other.api));
      expect({ name, code: error.code }).toEqual({ name, code: "NOT_FOUND" });
      expect(error.message).toMatch(/^(CLASS|ASSIGNMENT|ATTEMPT|ANNOUNCEMENT)_NOT_FOUND$/);
      const text = JSON.stringify(error);
      for (const secret of ["Confidential", "Secret quiz", w.student.user.email, w.student.user.name]) {
        expect(text).not.toContain(secret);
      }
    }
    // an id that does not exist gets the very same answer
    const ghost = { classId: "c-ghost", assignmentId: "a-ghost", attemptId: "t-ghost" };
    expect(await failure(other.api.class.get({ classId: ghost.classId }))).toMatchObject({
      message: "CLASS_NOT_FOUND",
    });
    expect(await failure(other.api.assignment.get({ assignmentId: ghost.assignmentId }))).toMatchObject({
      message: "ASSIGNMENT_NOT_FOUND",
    });
    expect(await failure(other.api.results.attempt({ attemptId: ghost.attemptId }))).toMatchObject({
      message: "ATTEMPT_NOT_FOUND",
    });
    expect(await snapshot(w.cls.id)).toBe(before);
    expect(await t.db.regradeLog.count()).toBe(0);
  });

  it("a student: FORBIDDEN; signed out: UNAUTHORIZED", async () => {
    const w = await world();
    const before = await snapshot(w.cls.id);
    for (const [name, call] of w.teacherCalls) {
      expect({ name, code: (await failure(call(w.student.api))).code }).toEqual({ name, code: "FORBIDDEN" });
      expect({ name, code: (await failure(call(signedOut(t)))).code }).toEqual({
        name,
        code: "UNAUTHORIZED",
      });
    }
    for (const call of [
      (api: TApi) => api.class.create({ name: "x" }),
      (api: TApi) => api.class.list(),
      (api: TApi) => api.bank.list({ skill: "dates" }),
    ]) {
      await expect(call(w.student.api)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(call(signedOut(t))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    expect(await snapshot(w.cls.id)).toBe(before);
  });

  it("student procedures: FORBIDDEN for teachers, UNAUTHORIZED signed out", async () => {
    const w = await world();
    const calls = [
      (api: TApi) => api.class.join({ code: w.cls.joinCode }),
      (api: TApi) => api.class.joined(),
      (api: TApi) => api.assignment.mine(),
      (api: TApi) => api.assignment.start({ assignmentId: w.assignment.id }),
      (api: TApi) => api.class.leave({ classId: w.cls.id }),
      (api: TApi) => api.announcement.mine(),
    ];
    for (const call of calls) {
      await expect(call(w.teacher.api)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(call(signedOut(t))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
  });

  it("the class's own teacher can call every one of them", async () => {
    const w = await world();
    for (const [name, call] of w.teacherCalls) {
      if (name === "assignment.delete" || name === "class.removeStudent" || name === "class.archive")
        continue;
      await expect(call(w.teacher.api)).resolves.toBeDefined();
    }
    await expect(
      w.teacher.api.class.removeStudent({ classId: w.ids.classId, studentId: w.ids.studentId }),
    ).resolves.toMatchObject({ removed: true });
    await expect(
      w.teacher.api.class.archive({ classId: w.ids.classId, archived: true }),
    ).resolves.toBeDefined();
    await expect(w.teacher.api.assignment.delete({ assignmentId: w.ids.assignmentId })).rejects.toMatchObject(
      {
        message: "ASSIGNMENT_HAS_ATTEMPTS",
      },
    );
  });
});

describe("the item bank for hand-picking", () => {
  it("filters by lesson, skill and type", async () => {
    const teacher = await signedIn(t, "TEACHER");
    const all = await teacher.api.bank.list({});
    expect(all).toHaveLength(items.length);
    const some = await teacher.api.bank.list({ lessonId: 1, skill: "figures", type: "numeric" });
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((i) => i.lessonId === 1 && i.skill === "figures" && i.type === "numeric")).toBe(true);
    expect(some[0]!.view).toMatchObject({ id: some[0]!.id, type: "numeric" });
    await expect(teacher.api.bank.list({ type: "essay" } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
