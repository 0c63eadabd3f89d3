import { items } from "@dc/content";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { TextInputError } from "../src/text/clean-text";
import { createCaller, listAnnouncementsForStudent } from "../src";
import { rightResponse, sessionOf, signedIn } from "./helpers";
import { classWithStudents, hoursFromNow } from "./teaching";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const item = items[0]!;
/** "CODE:MESSAGE" of a refusal; a schema's or the text cleaning's refusal reads INVALID_INPUT, as browsers see it. */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: { code?: string; message?: string; cause?: unknown }) =>
      `${e.code}:${e.cause instanceof ZodError || e.cause instanceof TextInputError ? "INVALID_INPUT" : e.message}`,
  );

type TTeacher = Awaited<ReturnType<typeof signedIn>>;
const timedQuiz = (teacher: TTeacher, classId: string, minutes = 20) =>
  teacher.api.assignment.create({
    classId,
    title: `Timed ${minutes}`,
    selection: { mode: "pick", itemIds: [item.id] },
    dueAt: hoursFromNow(2),
    timeLimitMinutes: minutes,
  });

const minutesOf = (a: { startedAt: Date; deadline: Date | null }) =>
  a.deadline ? (a.deadline.getTime() - a.startedAt.getTime()) / 60_000 : null;

async function attemptRow(id: string) {
  return t.db.attempt.findUniqueOrThrow({
    where: { id },
    select: { startedAt: true, deadline: true, status: true },
  });
}

describe("standing accommodations", () => {
  it("apply to every assignment of the class, new ones too, for a roster-imported student before they sign in", async () => {
    const { teacher, cls } = await classWithStudents(t, 0);
    const existing = await timedQuiz(teacher, cls.id, 20);
    const imported = await teacher.api.class.importRoster({ classId: cls.id, roster: "1,陳大文" });
    const slip = imported.slips[0]!;
    const user = await t.db.user.findFirstOrThrow({ where: { loginId: slip.loginId } });
    // Set before the student has ever signed in.
    await teacher.api.class.setStanding({
      classId: cls.id,
      studentId: user.id,
      extraTimeMinutes: 2,
      extraTimePercent: 25,
      extraAttempts: 1,
    });
    const fresh = await timedQuiz(teacher, cls.id, 40);
    // They sign in for the first time and choose their own password.
    await t.db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    const student = createCaller({ db: t.db, session: await sessionOf(t, user.id) });

    const mine = await student.assignment.mine();
    expect(mine.find((a) => a.id === existing.id)).toMatchObject({
      timeLimitMinutes: 27,
      attemptsAllowed: 2,
    });
    expect(mine.find((a) => a.id === fresh.id)).toMatchObject({ timeLimitMinutes: 52, attemptsAllowed: 2 });

    const started = await student.assignment.start({ assignmentId: fresh.id });
    expect(minutesOf(await attemptRow(started.id))).toBe(52); // 40 + 25% + 2 min

    const book = await teacher.api.results.gradebook({ classId: cls.id });
    expect(book.rows[0]!.cells.map((c) => c.attemptsAllowed)).toEqual([2, 2]);
    const results = await teacher.api.results.assignment({ assignmentId: fresh.id });
    expect(results.students[0]!.accommodation).toEqual({
      source: "STANDING",
      extraTimeMinutes: 2,
      extraTimePercent: 25,
      extraAttempts: 1,
    });
  });

  it("give way to the assignment's own accommodation, and come back when it equals them", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 1);
    const s = students[0]!;
    const quiz = await timedQuiz(teacher, cls.id, 20);
    await teacher.api.class.setStanding({
      classId: cls.id,
      studentId: s.user.id,
      extraTimeMinutes: 0,
      extraTimePercent: 50,
      extraAttempts: 2,
    });
    const override = await teacher.api.assignment.setAccommodation({
      assignmentId: quiz.id,
      studentId: s.user.id,
      extraTimeMinutes: 5,
      extraAttempts: 0,
    });
    expect(override.overrides).toBe(true);
    const mine = await s.api.assignment.mine();
    expect(mine[0]).toMatchObject({ timeLimitMinutes: 25, attemptsAllowed: 1 });
    // Zero everywhere still overrides a standing accommodation: this assignment gets nothing extra.
    await teacher.api.assignment.setAccommodation({
      assignmentId: quiz.id,
      studentId: s.user.id,
      extraTimeMinutes: 0,
      extraAttempts: 0,
    });
    expect((await s.api.assignment.mine())[0]).toMatchObject({ timeLimitMinutes: 20, attemptsAllowed: 1 });
    // The standing values themselves: the override goes, the assignment follows the standing one.
    const back = await teacher.api.assignment.setAccommodation({
      assignmentId: quiz.id,
      studentId: s.user.id,
      extraTimeMinutes: 0,
      extraTimePercent: 50,
      extraAttempts: 2,
    });
    expect(back.overrides).toBe(false);
    expect(await t.db.accommodation.count({ where: { assignmentId: quiz.id } })).toBe(0);
    expect((await s.api.assignment.mine())[0]).toMatchObject({ timeLimitMinutes: 30, attemptsAllowed: 3 });
  });

  it("move the deadline of an attempt open now, by the difference", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 1);
    const s = students[0]!;
    const quiz = await timedQuiz(teacher, cls.id, 20);
    const { id } = await s.api.assignment.start({ assignmentId: quiz.id });
    const result = await teacher.api.class.setStanding({
      classId: cls.id,
      studentId: s.user.id,
      extraTimeMinutes: 1,
      extraTimePercent: 10,
      extraAttempts: 0,
    });
    expect(result.openAttemptsExtended).toBe(1);
    expect(minutesOf(await attemptRow(id))).toBe(23);
  });

  it("refuse bad input, other teachers and non-members, changing nothing", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 1);
    const s = students[0]!;
    const other = await signedIn(t, "TEACHER", "Other");
    const outsider = await signedIn(t, "STUDENT", "Outsider");
    const input = {
      classId: cls.id,
      studentId: s.user.id,
      extraTimeMinutes: 5,
      extraTimePercent: 25,
      extraAttempts: 1,
    };
    expect(await refusal(teacher.api.class.setStanding({ ...input, extraTimePercent: 500 }))).toBe(
      "BAD_REQUEST:INVALID_INPUT",
    );
    expect(await refusal(teacher.api.class.setStanding({ ...input, extraAttempts: -1 }))).toBe(
      "BAD_REQUEST:INVALID_INPUT",
    );
    expect(await refusal(other.api.class.setStanding(input))).toBe("NOT_FOUND:CLASS_NOT_FOUND");
    expect(await refusal(teacher.api.class.setStanding({ ...input, studentId: outsider.user.id }))).toBe(
      "NOT_FOUND:STUDENT_NOT_FOUND",
    );
    const row = await t.db.enrollment.findFirstOrThrow({ where: { classId: cls.id, studentId: s.user.id } });
    expect(row).toMatchObject({ extraTimeSec: 0, extraTimePercent: 0, extraAttempts: 0 });
  });
});

describe("class numbers", () => {
  it("order the roster, the gradebook and its CSV; students without one come after, by name", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 4);
    const [a, b, c, d] = students.map((s) => s.user.id) as [string, string, string, string];
    await timedQuiz(teacher, cls.id);
    await teacher.api.class.setClassNumber({ classId: cls.id, studentId: c, classNumber: 1 });
    await teacher.api.class.setClassNumber({ classId: cls.id, studentId: d, classNumber: 2 });
    const expected = [c, d, a, b];
    expect((await teacher.api.class.get({ classId: cls.id })).students.map((s) => s.id)).toEqual(expected);
    const book = await teacher.api.results.gradebook({ classId: cls.id });
    expect(book.rows.map((r) => r.student.id)).toEqual(expected);
    expect(book.rows.map((r) => r.student.classNumber)).toEqual([1, 2, null, null]);
    const csv = await teacher.api.results.gradebookCsv({ classId: cls.id });
    const names = csv.content
      .slice(1)
      .split("\r\n")
      .slice(1, 5)
      .map((line) => line.split(",").slice(0, 2).join(","));
    expect(names).toEqual(["1,Student C", "2,Student D", ",Student A", ",Student B"]);
  });

  it("are unique in the class: a taken number is refused and nothing changes; null clears", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 2);
    const [a, b] = students.map((s) => s.user.id) as [string, string];
    await teacher.api.class.setClassNumber({ classId: cls.id, studentId: a, classNumber: 7 });
    await teacher.api.class.setClassNumber({ classId: cls.id, studentId: b, classNumber: 8 });
    expect(
      await refusal(teacher.api.class.setClassNumber({ classId: cls.id, studentId: b, classNumber: 7 })),
    ).toBe("CONFLICT:CLASS_NUMBER_TAKEN");
    expect(
      await refusal(teacher.api.class.setClassNumber({ classId: cls.id, studentId: b, classNumber: 0 })),
    ).toBe("BAD_REQUEST:INVALID_INPUT");
    const other = await signedIn(t, "TEACHER", "Other");
    expect(
      await refusal(other.api.class.setClassNumber({ classId: cls.id, studentId: b, classNumber: 9 })),
    ).toBe("NOT_FOUND:CLASS_NOT_FOUND");
    let roster = (await teacher.api.class.get({ classId: cls.id })).students;
    expect(roster.map((s) => s.classNumber)).toEqual([7, 8]);
    // Giving a student their own number again is fine; clearing frees it for another.
    await teacher.api.class.setClassNumber({ classId: cls.id, studentId: a, classNumber: 7 });
    await teacher.api.class.setClassNumber({ classId: cls.id, studentId: a, classNumber: null });
    await teacher.api.class.setClassNumber({ classId: cls.id, studentId: b, classNumber: 7 });
    roster = (await teacher.api.class.get({ classId: cls.id })).students;
    expect(roster.map((s) => [s.id, s.classNumber])).toEqual([
      [b, 7],
      [a, null],
    ]);
  });
});

describe("co-teachers", () => {
  it("have the owner's rights over the class, except co-teachers and archiving; removed, they have none", async () => {
    const { teacher: owner, cls, students } = await classWithStudents(t, 1);
    const co = await signedIn(t, "TEACHER", "Mr Lee");
    const added = await owner.api.class.addCoTeacher({
      classId: cls.id,
      teacher: co.user.email!.toUpperCase(),
    });
    expect(added.teacher.id).toBe(co.user.id);

    const list = await co.api.class.list();
    expect(list.map((c) => [c.id, c.isOwner, c.ownerName])).toEqual([[cls.id, false, "Ms Chan"]]);
    const detail = await co.api.class.get({ classId: cls.id });
    expect(detail.isOwner).toBe(false);
    expect((await owner.api.class.get({ classId: cls.id })).coTeachers.map((c) => c.id)).toEqual([
      co.user.id,
    ]);

    const quiz = await timedQuiz(co, cls.id);
    const s = students[0]!;
    const { id } = await s.api.assignment.start({ assignmentId: quiz.id });
    await s.api.attempt.save({ attemptId: id, itemId: item.id, response: rightResponse(item), revision: 1 });
    await s.api.attempt.submit({ attemptId: id });
    const book = await co.api.results.gradebook({ classId: cls.id });
    expect(book.rows[0]!.cells[0]!.status).toBe("SUBMITTED");
    expect((await co.api.results.attempt({ attemptId: id })).attemptId).toBe(id);
    await co.api.class.setClassNumber({ classId: cls.id, studentId: s.user.id, classNumber: 3 });
    const slip = await co.api.class.resetStudentPassword({ studentId: s.user.id });
    expect(slip.password.length).toBeGreaterThan(5);

    const third = await signedIn(t, "TEACHER", "Third");
    expect(await refusal(co.api.class.addCoTeacher({ classId: cls.id, teacher: third.user.email! }))).toBe(
      "FORBIDDEN:OWNER_ONLY",
    );
    expect(await refusal(co.api.class.removeCoTeacher({ classId: cls.id, teacherId: co.user.id }))).toBe(
      "FORBIDDEN:OWNER_ONLY",
    );
    expect(await refusal(co.api.class.archive({ classId: cls.id, archived: true }))).toBe(
      "FORBIDDEN:OWNER_ONLY",
    );

    await owner.api.class.removeCoTeacher({ classId: cls.id, teacherId: co.user.id });
    expect(await co.api.class.list()).toEqual([]);
    expect(await refusal(co.api.results.gradebook({ classId: cls.id }))).toBe("NOT_FOUND:CLASS_NOT_FOUND");
    expect(await refusal(co.api.assignment.get({ assignmentId: quiz.id }))).toBe(
      "NOT_FOUND:ASSIGNMENT_NOT_FOUND",
    );
    expect(await refusal(co.api.results.attempt({ attemptId: id }))).toBe("NOT_FOUND:ATTEMPT_NOT_FOUND");
    expect(await refusal(co.api.class.resetStudentPassword({ studentId: s.user.id }))).toBe(
      "NOT_FOUND:ACCOUNT_NOT_FOUND",
    );
    expect(await refusal(owner.api.class.removeCoTeacher({ classId: cls.id, teacherId: co.user.id }))).toBe(
      "NOT_FOUND:CO_TEACHER_NOT_FOUND",
    );
  });

  it("are confirmed teachers, added once, by the owner only", async () => {
    const { teacher: owner, cls, students } = await classWithStudents(t, 1);
    const other = await signedIn(t, "TEACHER", "Other");
    const co = await signedIn(t, "TEACHER", "Co");
    const unconfirmed = await t.db.user.create({
      data: {
        email: `pending-${Date.now()}@example.test`,
        name: "Pending",
        role: "TEACHER",
        passwordHash: "x",
      },
    });
    const add = (teacher: string) => owner.api.class.addCoTeacher({ classId: cls.id, teacher });
    expect(await refusal(other.api.class.addCoTeacher({ classId: cls.id, teacher: co.user.email! }))).toBe(
      "NOT_FOUND:CLASS_NOT_FOUND",
    );
    expect(await refusal(add(students[0]!.user.email!))).toBe("NOT_FOUND:TEACHER_NOT_FOUND");
    expect(await refusal(add(unconfirmed.email!))).toBe("NOT_FOUND:TEACHER_NOT_FOUND");
    expect(await refusal(add("nobody@example.test"))).toBe("NOT_FOUND:TEACHER_NOT_FOUND");
    expect(await refusal(add(""))).toBe("BAD_REQUEST:INVALID_INPUT");
    expect(await refusal(add(owner.user.email!))).toBe("CONFLICT:ALREADY_TEACHES");
    await add(co.user.email!);
    expect(await refusal(add(co.user.email!))).toBe("CONFLICT:ALREADY_TEACHES");
    expect(await t.db.classTeacher.count({ where: { classId: cls.id } })).toBe(1);
  });
});

describe("leaving a class", () => {
  it("takes the student off the roster as 'left', closes their open attempt, and lets them rejoin", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 2);
    const [leaver, removed] = students as [TTeacher, TTeacher];
    const quiz = await timedQuiz(teacher, cls.id);
    const { id } = await leaver.api.assignment.start({ assignmentId: quiz.id });
    const result = await leaver.api.class.leave({ classId: cls.id });
    expect(result).toEqual({ classId: cls.id, left: true, attemptsClosed: 1 });
    expect((await attemptRow(id)).status).toBe("SUBMITTED");
    expect(await leaver.api.class.joined()).toEqual([]);
    expect(await refusal(leaver.api.assignment.start({ assignmentId: quiz.id }))).toBe(
      "NOT_FOUND:ASSIGNMENT_NOT_FOUND",
    );
    await teacher.api.class.removeStudent({ classId: cls.id, studentId: removed.user.id });
    const detail = await teacher.api.class.get({ classId: cls.id });
    expect(detail.students).toEqual([]);
    expect(Object.fromEntries(detail.former.map((f) => [f.id, f.how]))).toEqual({
      [leaver.user.id]: "LEFT",
      [removed.user.id]: "REMOVED",
    });
    // Their work stays with the teacher.
    expect((await teacher.api.results.attempt({ attemptId: id })).attemptId).toBe(id);
    expect(await refusal(leaver.api.class.leave({ classId: cls.id }))).toBe("NOT_FOUND:CLASS_NOT_FOUND");

    await leaver.api.class.join({ code: cls.joinCode });
    const back = await teacher.api.class.get({ classId: cls.id });
    expect(back.students.map((s) => s.id)).toEqual([leaver.user.id]);
    expect(back.former.map((f) => f.id)).toEqual([removed.user.id]);
  });

  it("is only for a class the student is in", async () => {
    const { cls } = await classWithStudents(t, 0);
    const outsider = await signedIn(t, "STUDENT", "Outsider");
    expect(await refusal(outsider.api.class.leave({ classId: cls.id }))).toBe("NOT_FOUND:CLASS_NOT_FOUND");
  });
});

describe("announcements", () => {
  it("are posted by the class's teachers, read by its current students, and deleted", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 2);
    const [reader, leaver] = students as [TTeacher, TTeacher];
    const elsewhere = await classWithStudents(t, 1, "Elsewhere");
    const co = await signedIn(t, "TEACHER", "Co");
    await teacher.api.class.addCoTeacher({ classId: cls.id, teacher: co.user.email! });

    const first = await teacher.api.announcement.post({
      classId: cls.id,
      notice: "  明天測驗\n\n\n\n帶計算機  ",
    });
    expect(first.body).toBe("明天測驗\n\n帶計算機");
    const second = await co.api.announcement.post({ classId: cls.id, notice: "Second" });
    await elsewhere.teacher.api.announcement.post({ classId: elsewhere.cls.id, notice: "Not for you" });
    await leaver.api.class.leave({ classId: cls.id });

    const mine = await reader.api.announcement.mine();
    expect(mine.map((a) => [a.body, a.className, a.authorName])).toEqual([
      ["Second", cls.name, "Co"],
      ["明天測驗\n\n帶計算機", cls.name, "Ms Chan"],
    ]);
    expect(await listAnnouncementsForStudent(t.db, reader.user.id, 1)).toHaveLength(1);
    expect(await leaver.api.announcement.mine()).toEqual([]);
    expect((await teacher.api.announcement.list({ classId: cls.id })).map((a) => a.id)).toEqual([
      second.id,
      first.id,
    ]);

    expect(await refusal(elsewhere.teacher.api.announcement.delete({ announcementId: first.id }))).toBe(
      "NOT_FOUND:ANNOUNCEMENT_NOT_FOUND",
    );
    await co.api.announcement.delete({ announcementId: first.id });
    expect((await reader.api.announcement.mine()).map((a) => a.id)).toEqual([second.id]);
    expect(await refusal(teacher.api.announcement.delete({ announcementId: first.id }))).toBe(
      "NOT_FOUND:ANNOUNCEMENT_NOT_FOUND",
    );
  });

  it("refuse empty, long and hostile text, other teachers and archived classes, storing nothing", async () => {
    const { teacher, cls } = await classWithStudents(t, 0);
    const other = await signedIn(t, "TEACHER", "Other");
    const post = (notice: string) => teacher.api.announcement.post({ classId: cls.id, notice });
    expect(await refusal(post("   \n  "))).toBe("BAD_REQUEST:INVALID_INPUT");
    expect(await refusal(post("長".repeat(501)))).toBe("BAD_REQUEST:INVALID_INPUT");
    expect(await refusal(post("evil \u202E text"))).toBe("BAD_REQUEST:INVALID_INPUT");
    expect(await refusal(other.api.announcement.post({ classId: cls.id, notice: "Hi" }))).toBe(
      "NOT_FOUND:CLASS_NOT_FOUND",
    );
    expect(await refusal(other.api.announcement.list({ classId: cls.id }))).toBe("NOT_FOUND:CLASS_NOT_FOUND");
    await teacher.api.class.archive({ classId: cls.id, archived: true });
    expect(await refusal(post("Hi"))).toBe("PRECONDITION_FAILED:CLASS_ARCHIVED");
    expect(await t.db.announcement.count({ where: { classId: cls.id } })).toBe(0);
  });
});
