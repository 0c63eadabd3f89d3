import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, signedOut } from "./helpers";
import { classWithStudents } from "./teaching";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe("a teacher's classes", () => {
  it("creates a class with a six-character unambiguous code, renames it and lists only their own", async () => {
    const teacher = await signedIn(t, "TEACHER");
    const other = await signedIn(t, "TEACHER");
    const cls = await teacher.api.class.create({ name: "  中四甲班  " });
    expect(cls).toMatchObject({ name: "中四甲班", studentCount: 0, assignmentCount: 0, archivedAt: null });
    expect(cls.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    await other.api.class.create({ name: "Other" });

    const renamed = await teacher.api.class.rename({ classId: cls.id, name: "中四乙班" });
    expect(renamed.name).toBe("中四乙班");
    expect((await teacher.api.class.list()).map((c) => c.id)).toEqual([cls.id]);

    await expect(teacher.api.class.create({ name: " " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(teacher.api.class.create({ name: "x".repeat(81) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(teacher.api.class.create({ name: "x", extra: 1 } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("gives every class its own code, even many at once", async () => {
    const teacher = await signedIn(t, "TEACHER");
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) => teacher.api.class.create({ name: `C${i}` })),
    );
    expect(new Set(made.map((c) => c.joinCode)).size).toBe(12);
  });

  it("archives (leaving the default list, keeping the first date) and unarchives", async () => {
    const teacher = await signedIn(t, "TEACHER");
    const cls = await teacher.api.class.create({ name: "Old" });
    const archived = await teacher.api.class.archive({ classId: cls.id, archived: true });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const again = await teacher.api.class.archive({ classId: cls.id, archived: true });
    expect(again.archivedAt).toEqual(archived.archivedAt);
    expect(await teacher.api.class.list()).toEqual([]);
    expect((await teacher.api.class.list({ includeArchived: true })).map((c) => c.id)).toEqual([cls.id]);
    expect((await teacher.api.class.archive({ classId: cls.id, archived: false })).archivedAt).toBeNull();
    expect(await teacher.api.class.list()).toHaveLength(1);
  });
});

describe("joining", () => {
  it("joins with the code in any case, with spaces or a dash, idempotently; the roster shows the student", async () => {
    const teacher = await signedIn(t, "TEACHER", "Ms Chan");
    const cls = await teacher.api.class.create({ name: "中四甲班" });
    const student = await signedIn(t, "STUDENT", "陳大文");
    const typed = `${cls.joinCode.slice(0, 3).toLowerCase()}- ${cls.joinCode.slice(3)}`;
    const joined = await student.api.class.join({ code: typed });
    expect(joined).toMatchObject({
      classId: cls.id,
      name: "中四甲班",
      teacherName: "Ms Chan",
      alreadyMember: false,
    });
    expect(await student.api.class.join({ code: cls.joinCode })).toMatchObject({ alreadyMember: true });
    expect(await t.db.enrollment.count({ where: { classId: cls.id } })).toBe(1);

    const roster = await teacher.api.class.get({ classId: cls.id });
    expect(roster.students).toEqual([
      {
        id: student.user.id,
        name: "陳大文",
        email: student.user.email,
        loginId: null,
        classNumber: null,
        joinedAt: expect.any(Date) as Date,
        standing: { extraTimeMinutes: 0, extraTimePercent: 0, extraAttempts: 0 },
      },
    ]);
    expect(roster.studentCount).toBe(1);
    expect(await student.api.class.joined()).toEqual([
      { classId: cls.id, name: "中四甲班", teacherName: "Ms Chan", joinedAt: expect.any(Date) as Date },
    ]);
  });

  it("refuses unknown and malformed codes alike, and archived classes with their own message", async () => {
    const { teacher, cls } = await classWithStudents(t, 0);
    const student = await signedIn(t);
    for (const code of ["", "ABC", "OOOOOO", "22222Z2", "!@#$%^"]) {
      await expect(student.api.class.join({ code })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "JOIN_CODE_INVALID",
      });
    }
    await expect(student.api.class.join({ code: "x".repeat(41) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await teacher.api.class.archive({ classId: cls.id, archived: true });
    await expect(student.api.class.join({ code: cls.joinCode })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "CLASS_ARCHIVED",
    });
    expect(await student.api.class.joined()).toEqual([]);
  });

  it("rotating the code retires the old one; members stay", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 1);
    const rotated = await teacher.api.class.rotateCode({ classId: cls.id });
    expect(rotated.joinCode).not.toBe(cls.joinCode);
    expect(rotated.studentCount).toBe(1);
    const late = await signedIn(t);
    await expect(late.api.class.join({ code: cls.joinCode })).rejects.toMatchObject({
      message: "JOIN_CODE_INVALID",
    });
    await late.api.class.join({ code: rotated.joinCode });
    expect((await teacher.api.class.get({ classId: cls.id })).students.map((s) => s.id)).toContain(
      students[0]!.user.id,
    );
  });

  it("a removed student leaves the roster and their list, and comes back only with the current code", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 2);
    const [gone, stays] = students as [(typeof students)[0], (typeof students)[0]];
    expect(await teacher.api.class.removeStudent({ classId: cls.id, studentId: gone.user.id })).toEqual({
      classId: cls.id,
      studentId: gone.user.id,
      removed: true,
      attemptsClosed: 0,
    });
    expect((await teacher.api.class.get({ classId: cls.id })).students.map((s) => s.id)).toEqual([
      stays.user.id,
    ]);
    expect(await gone.api.class.joined()).toEqual([]);
    await expect(
      teacher.api.class.removeStudent({ classId: cls.id, studentId: gone.user.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "STUDENT_NOT_FOUND",
    });

    const { joinCode } = await teacher.api.class.rotateCode({ classId: cls.id });
    await expect(gone.api.class.join({ code: cls.joinCode })).rejects.toMatchObject({
      message: "JOIN_CODE_INVALID",
    });
    expect(await gone.api.class.join({ code: joinCode })).toMatchObject({ alreadyMember: false });
    expect((await teacher.api.class.get({ classId: cls.id })).studentCount).toBe(2);
  });
});

describe("access", () => {
  it("another teacher gets CLASS_NOT_FOUND for every class procedure, and nothing changes", async () => {
    const { cls, students } = await classWithStudents(t, 1, "Secret class");
    const other = await signedIn(t, "TEACHER");
    const calls = [
      () => other.api.class.get({ classId: cls.id }),
      () => other.api.class.rename({ classId: cls.id, name: "mine now" }),
      () => other.api.class.archive({ classId: cls.id, archived: true }),
      () => other.api.class.rotateCode({ classId: cls.id }),
      () => other.api.class.removeStudent({ classId: cls.id, studentId: students[0]!.user.id }),
    ];
    for (const call of calls) {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: "NOT_FOUND", message: "CLASS_NOT_FOUND" });
      expect(JSON.stringify(error)).not.toContain("Secret class");
    }
    // the same answer as for a class that does not exist
    await expect(other.api.class.get({ classId: "c-does-not-exist" })).rejects.toMatchObject({
      message: "CLASS_NOT_FOUND",
    });
    const stored = await t.db.class.findUniqueOrThrow({ where: { id: cls.id } });
    expect(stored).toMatchObject({ name: "Secret class", archivedAt: null, joinCode: cls.joinCode });
    expect(await t.db.enrollment.count({ where: { classId: cls.id, removedAt: null } })).toBe(1);
  });

  it("students get FORBIDDEN on teacher procedures, teachers on student ones, signed-out callers UNAUTHORIZED", async () => {
    const { cls, students } = await classWithStudents(t, 1);
    const student = students[0]!.api;
    const teacher = (await signedIn(t, "TEACHER")).api;
    const out = signedOut(t);
    const teacherCalls = (api: typeof student) => [
      () => api.class.create({ name: "x" }),
      () => api.class.list(),
      () => api.class.get({ classId: cls.id }),
      () => api.class.rename({ classId: cls.id, name: "x" }),
      () => api.class.archive({ classId: cls.id, archived: true }),
      () => api.class.rotateCode({ classId: cls.id }),
      () => api.class.removeStudent({ classId: cls.id, studentId: students[0]!.user.id }),
    ];
    const studentCalls = (api: typeof student) => [
      () => api.class.join({ code: cls.joinCode }),
      () => api.class.joined(),
    ];
    for (const call of teacherCalls(student))
      await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const call of studentCalls(teacher))
      await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const call of [...teacherCalls(out), ...studentCalls(out)]) {
      await expect(call()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
  });
});
