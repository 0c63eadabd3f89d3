import { getItem, items } from "@dc/content";
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

const assessment = items.filter((i) => i.pool === "assessment").slice(0, 2);

async function setAssignment(
  teacher: Awaited<ReturnType<typeof signedIn>>,
  classId: string,
  title: string,
  dueHours: number,
  over = {},
) {
  return teacher.api.assignment.create({
    classId,
    title,
    selection: { mode: "pick", itemIds: assessment.map((i) => i.id) },
    opensAt: hoursFromNow(-1),
    dueAt: hoursFromNow(dueHours),
    ...over,
  });
}

describe("student home", () => {
  it("lists due work soonest first, review, where reading stopped, results and announcements", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 1);
    const student = students[0]!;
    const later = await setAssignment(teacher, cls.id, "Later", 72);
    const soon = await setAssignment(teacher, cls.id, "Soon", 5);
    const graded = await setAssignment(teacher, cls.id, "Graded", 2, { scoreRelease: "AFTER_DUE" });
    const { id } = await student.api.assignment.start({ assignmentId: graded.id });
    await student.api.attempt.submit({ attemptId: id });
    await t.db.assignment.update({ where: { id: graded.id }, data: { releasedAt: new Date() } });
    await t.db.announcement.create({
      data: { classId: cls.id, authorId: teacher.user.id, body: "明天帶筆記" },
    });
    await student.api.reading.save({ lessonId: 2, seenParagraphIds: ["s2-p1"], lastParagraphId: "s2-p1" });

    const home = await student.api.home.student();
    expect(home.classCount).toBe(1);
    expect(home.assignments.map((a) => a.title)).toEqual(["Soon", "Later"]);
    expect(home.assignments.map((a) => a.id)).toEqual([soon.id, later.id]);
    expect(home.reading).toMatchObject({ lessonId: 2, paragraphId: "s2-p1" });
    expect(home.results).toMatchObject([{ assignmentId: graded.id, title: "Graded", isNew: true }]);
    expect(home.announcements).toMatchObject([{ body: "明天帶筆記", className: cls.name }]);
    // The two items left blank in "Graded" were missed: they wait in review.
    expect(home.review).toMatchObject({ dueToday: 2, waitingForTomorrow: 0 });
    expect(home.unreadNotifications).toBeGreaterThan(0);
  });

  it("marks missed work 欠交 at the top while it can still be handed in", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 1);
    await setAssignment(teacher, cls.id, "Upcoming", 30);
    const missed = await setAssignment(teacher, cls.id, "Missed", 30, { maxAttempts: 1 });
    await t.db.assignment.update({ where: { id: missed.id }, data: { dueAt: hoursFromNow(-3) } });
    const home = await students[0]!.api.home.student();
    expect(home.assignments.map((a) => [a.title, a.overdue])).toEqual([
      ["Missed", true],
      ["Upcoming", false],
    ]);
  });

  it("gives a new student with no class an empty home, and refuses teachers and visitors", async () => {
    const { api } = await signedIn(t);
    const home = await api.home.student();
    expect(home).toMatchObject({
      classCount: 0,
      assignments: [],
      results: [],
      announcements: [],
      reading: null,
    });
    const teacher = await signedIn(t, "TEACHER");
    await expect(teacher.api.home.student()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(signedOut(t).home.student()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("notifications", () => {
  it("are the student's own classes' only; read state per key; mark all", async () => {
    const a = await classWithStudents(t, 1, "A 班");
    const b = await classWithStudents(t, 1, "B 班");
    const [inA, inB] = [a.students[0]!, b.students[0]!];
    const dueSoon = await setAssignment(a.teacher, a.cls.id, "Due soon", 5);
    await setAssignment(b.teacher, b.cls.id, "Other class", 5);
    await t.db.announcement.create({
      data: { classId: a.cls.id, authorId: a.teacher.user.id, body: "Notice A" },
    });

    const list = await inA.api.notification.list();
    expect(list.items.map((n) => n.key).sort()).toEqual(
      [
        `announcement:${(await t.db.announcement.findFirstOrThrow({ where: { classId: a.cls.id } })).id}`,
        `assignment.due:${dueSoon.id}`,
        `assignment.new:${dueSoon.id}`,
      ].sort(),
    );
    expect(list.items.every((n) => n.className === "A 班")).toBe(true);
    expect(list.unread).toBe(3);
    expect((await inB.api.notification.list()).items.map((n) => n.text)).toEqual([
      "Other class",
      "Other class",
    ]);

    // Marking another class's key, or a made-up one, stores nothing.
    expect(await inB.api.notification.markRead({ keys: [`assignment.new:${dueSoon.id}`, "x:y"] })).toEqual({
      marked: 0,
    });
    expect(await t.db.notificationRead.count({ where: { userId: inB.user.id } })).toBe(0);

    expect(await inA.api.notification.markRead({ keys: [`assignment.new:${dueSoon.id}`] })).toEqual({
      marked: 1,
    });
    const after = await inA.api.notification.list();
    expect(after.unread).toBe(2);
    expect(after.items.find((n) => n.key === `assignment.new:${dueSoon.id}`)?.read).toBe(true);
    await inA.api.notification.markAllRead();
    expect((await inA.api.notification.list()).unread).toBe(0);
    expect(await inA.api.notification.markAllRead()).toEqual({ marked: 0 });
  });

  it("stop for a student who was removed from the class", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 1);
    const student = students[0]!;
    await teacher.api.class.removeStudent({ classId: cls.id, studentId: student.user.id });
    await setAssignment(teacher, cls.id, "After removal", 5);
    await t.db.announcement.create({
      data: { classId: cls.id, authorId: teacher.user.id, body: "Not for you" },
    });
    expect(await student.api.notification.list()).toEqual({ items: [], unread: 0 });
    expect((await student.api.home.student()).assignments).toEqual([]);
  });

  it("leave out what was set before the student joined", async () => {
    const teacher = await signedIn(t, "TEACHER");
    const cls = await teacher.api.class.create({ name: "Late joiner" });
    const before = await setAssignment(teacher, cls.id, "Before", 72);
    const student = await signedIn(t);
    await student.api.class.join({ code: cls.joinCode });
    const list = await student.api.notification.list();
    expect(list.items.map((n) => n.key)).not.toContain(`assignment.new:${before.id}`);
    // Still on the home, as work to do.
    expect((await student.api.home.student()).assignments.map((a) => a.title)).toEqual(["Before"]);
  });
});

describe("review that fits a day", () => {
  it("keeps right answers out of today's review, caps the day at 20 and lets a review stop without harm", async () => {
    const { api, user } = await signedIn(t);
    const practice = items.filter((i) => i.pool === "practice").slice(0, 26);
    // 25 items missed before (due now), one answered right in practice (due days ahead).
    const now = new Date();
    await t.db.reviewCard.createMany({
      data: practice.slice(0, 25).map((i) => ({
        userId: user.id,
        itemId: i.id,
        due: new Date(now.getTime() - 60_000),
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 1,
        lapses: 1,
        state: 1,
        lastReview: now,
      })),
    });
    const { id: practiceId } = await api.attempt.startLesson({
      kind: "PRACTICE",
      lessonId: practice[25]!.lessonId as 0,
    });
    const view0 = await api.attempt.get({ attemptId: practiceId });
    const first = getItem(view0.items[0]!.item.id)!;
    await api.attempt.check({
      attemptId: practiceId,
      itemId: first.id,
      response: rightResponse(first),
      revision: 1,
    });
    const card = await t.db.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: user.id, itemId: first.id } },
    });
    expect(card.due.getTime() - Date.now()).toBeGreaterThan(20 * 3_600_000);

    const dueBefore = (await api.review.summary()).due;
    expect(await api.review.summary()).toMatchObject({
      dueToday: 20,
      waitingForTomorrow: dueBefore - 20,
      reviewedToday: 0,
    });
    const review = await api.review.start();
    const view = await api.attempt.get({ attemptId: review.id });
    expect(view.items).toHaveLength(20);
    // Three reviewed, then stopped: the other seventeen are untouched and still due.
    for (const entry of view.items.slice(0, 3)) {
      const item = getItem(entry.item.id)!;
      await api.attempt.check({
        attemptId: review.id,
        itemId: item.id,
        response: rightResponse(item),
        revision: 1,
      });
    }
    await api.attempt.submit({ attemptId: review.id });
    const untouched = view.items.slice(3).map((e) => e.item.id);
    const cards = await t.db.reviewCard.findMany({ where: { userId: user.id, itemId: { in: untouched } } });
    expect(cards.every((c) => c.reps === 1 && c.due < new Date())).toBe(true);
    const summary = await api.review.summary();
    expect(summary).toMatchObject({ reviewedToday: 3, dueToday: 17, waitingForTomorrow: summary.due - 17 });
    const next = await api.review.start();
    expect((await api.attempt.get({ attemptId: next.id })).items).toHaveLength(17);
  });
});
