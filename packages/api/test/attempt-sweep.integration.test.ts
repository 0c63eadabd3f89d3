import { getItem } from "@dc/content";
import { createDb } from "@dc/db";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../src";
import { sweepAttempts } from "../src/attempts/sweep";
import { rightResponse, signedIn } from "./helpers";
import { answer, classWithStudents, hoursFromNow } from "./teaching";

// Expired attempts are finalised, and due keys released, by the scheduled sweep; reads write nothing.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const expire = (id: string) =>
  t.db.attempt.update({ where: { id }, data: { deadline: new Date(Date.now() - 60_000) } });

/** A timed assignment of one item per lesson 1 skill, started and half answered by each student, then expired. */
async function expiredAssignment(students: number, feedback: "IMMEDIATE" | "AFTER_DUE" = "IMMEDIATE") {
  const c = await classWithStudents(t, students);
  const assignment = await c.teacher.api.assignment.create({
    classId: c.cls.id,
    title: "限時測驗",
    selection: { mode: "draw", lessonIds: [1], skills: ["dates", "figures"], itemCount: 4 },
    timeLimitMinutes: 10,
    feedback,
    opensAt: hoursFromNow(-3),
    dueAt: hoursFromNow(24),
  });
  const attempts: string[] = [];
  for (const s of c.students) {
    const { id } = await s.api.assignment.start({ assignmentId: assignment.id });
    await answer(s.api, id, (_, i) => (i === 0 ? true : null));
    await expire(id);
    attempts.push(id);
  }
  return { ...c, assignment, attempts };
}

describe("the attempt sweep", () => {
  it("finalises each expired attempt exactly once when two runners race, and leaves open ones alone", async () => {
    const quizzes = [];
    for (let i = 0; i < 3; i++) {
      const { api, user } = await signedIn(t);
      const { id } = await api.attempt.startLesson({ kind: "QUIZ", lessonId: 2, timed: true });
      const first = getItem((await api.attempt.get({ attemptId: id })).items[0]!.item.id)!;
      await api.attempt.save({
        attemptId: id,
        itemId: first.id,
        response: rightResponse(first),
        revision: 1,
      });
      quizzes.push({ id, user, itemId: first.id });
    }
    const stillOpen = await (
      await signedIn(t)
    ).api.attempt.startLesson({ kind: "QUIZ", lessonId: 2, timed: true });
    for (const q of quizzes) await expire(q.id);

    // Two web instances' runners, each with its own connection pool, at the same moment.
    const other = createDb(t.url);
    try {
      const results = await Promise.all([sweepAttempts(t.db), sweepAttempts(other)]);
      expect(results.reduce((n, r) => n + r.finalized, 0)).toBe(3);
      expect(await sweepAttempts(other)).toMatchObject({ finalized: 0, skipped: false });
    } finally {
      await other.$disconnect();
    }
    for (const q of quizzes) {
      const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id: q.id } });
      expect(attempt).toMatchObject({ status: "SUBMITTED", autoSubmitted: true, score: 1 });
      // Scored once: the review card of the answered item was written by one finalisation only.
      const card = await t.db.reviewCard.findUniqueOrThrow({
        where: { userId_itemId: { userId: q.user.id, itemId: q.itemId } },
      });
      expect(card.reps).toBe(1);
    }
    const open = await t.db.attempt.findUniqueOrThrow({ where: { id: stillOpen.id } });
    expect(open.status).toBe("IN_PROGRESS");
  });

  it("counts an expired attempt in the class's mastery without anyone opening the gradebook", async () => {
    const { teacher, cls } = await expiredAssignment(1);
    const before = await teacher.api.results.mastery({ classId: cls.id, scope: "ASSIGNMENTS" });
    expect(before.students[0]!.answered).toBe(0);
    await sweepAttempts(t.db);
    const after = await teacher.api.results.mastery({ classId: cls.id, scope: "ASSIGNMENTS" });
    expect(after.students[0]!).toMatchObject({ answered: 1, mastery: 1 }); // the item answered right
  });

  it("releases keys that fell due, once", async () => {
    const { teacher, assignment, students } = await expiredAssignment(1, "AFTER_DUE");
    await sweepAttempts(t.db);
    const attempt = () => t.db.attempt.findFirstOrThrow({ where: { assignmentId: assignment.id } });
    expect(await attempt()).toMatchObject({ status: "SUBMITTED", keysReleasedAt: null });
    await teacher.api.assignment.update({ assignmentId: assignment.id, dueAt: hoursFromNow(-1) });
    expect(await sweepAttempts(t.db)).toMatchObject({ released: 1 });
    expect((await attempt()).keysReleasedAt).not.toBeNull();
    expect(await t.db.keyRelease.count({ where: { userId: students[0]!.user.id } })).toBe(4);
    expect(await sweepAttempts(t.db)).toMatchObject({ released: 0 });
  });
});

describe("reads", () => {
  it("issue no writes, even with expired attempts and due keys waiting for the sweep", async () => {
    const { teacher, cls, assignment, students, attempts } = await expiredAssignment(2, "AFTER_DUE");
    await teacher.api.assignment.update({ assignmentId: assignment.id, dueAt: hoursFromNow(-1) });
    // A connection on which every transaction is read-only: any write fails the read that made it.
    const readOnly = createDb(
      `${t.url}${t.url.includes("?") ? "&" : "?"}options=-c%20default_transaction_read_only%3Don`,
    );
    try {
      await expect(readOnly.user.create({ data: { name: "x", role: "STUDENT" } })).rejects.toThrow(
        /read-only/,
      );
      const as = (user: Awaited<ReturnType<typeof signedIn>>) =>
        createCaller({ db: readOnly, session: user.session });
      const tApi = as(teacher);
      await tApi.results.gradebook({ classId: cls.id });
      await tApi.results.assignment({ assignmentId: assignment.id });
      await tApi.results.attempt({ attemptId: attempts[0]! });
      await tApi.results.mastery({ classId: cls.id });
      await tApi.results.gradebookCsv({ classId: cls.id });
      await tApi.results.responsesCsv({ assignmentId: assignment.id });
      const sApi = as(students[1]!);
      await sApi.assignment.mine();
      await sApi.review.summary();
      await sApi.progress.dashboard({ tzOffsetMinutes: 480 });
      await sApi.attempt.recent();
    } finally {
      await readOnly.$disconnect();
    }
    const open = await t.db.attempt.count({ where: { id: { in: attempts }, status: "IN_PROGRESS" } });
    expect(open).toBe(2);
  });
});
