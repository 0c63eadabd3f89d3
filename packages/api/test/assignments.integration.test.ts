import { getItem, items } from "@dc/content";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepAttempts } from "../src/attempts/sweep";
import { signedIn } from "./helpers";
import { answer, classWithStudents, hoursFromNow } from "./teaching";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const draw = {
  mode: "draw" as const,
  lessonIds: [1, 2] as (1 | 2)[],
  skills: ["dates", "figures"] as ("dates" | "figures")[],
  itemCount: 6,
  pool: "practice" as const,
};

async function setup(n = 2, over: Record<string, unknown> = {}) {
  const c = await classWithStudents(t, n);
  const assignment = await c.teacher.api.assignment.create({
    classId: c.cls.id,
    title: "第一課測驗",
    selection: draw,
    dueAt: hoursFromNow(24),
    ...over,
  });
  return { ...c, assignment };
}

describe("creating assignments", () => {
  it("draws the items once, from the chosen lessons and skills, with the teacher's settings", async () => {
    const { teacher, cls } = await classWithStudents(t, 0);
    const opensAt = hoursFromNow(-1);
    const dueAt = hoursFromNow(48);
    const a = await teacher.api.assignment.create({
      classId: cls.id,
      title: "Dates and figures",
      selection: draw,
      shuffle: false,
      timeLimitMinutes: 20,
      maxAttempts: 2,
      opensAt,
      dueAt,
      feedback: "AFTER_DUE",
    });
    expect(a).toMatchObject({
      classId: cls.id,
      itemCount: 6,
      maxScore: 6,
      lessonIds: [1, 2],
      skills: ["dates", "figures"],
      handPicked: false,
      shuffle: false,
      timeLimitMinutes: 20,
      maxAttempts: 2,
      opensAt,
      dueAt,
      feedback: "AFTER_DUE",
    });
    const drawn = a.itemIds.map((id) => getItem(id)!);
    expect(drawn.every((i) => [1, 2].includes(i.lessonId) && ["dates", "figures"].includes(i.skill))).toBe(
      true,
    );
    expect(drawn.filter((i) => i.skill === "dates")).toHaveLength(3);

    const got = await teacher.api.assignment.get({ assignmentId: a.id });
    expect(got.items.map((i) => i.item.id)).toEqual(a.itemIds);
    expect(got.items[0]!.answerText.zh.length).toBeGreaterThan(0);
    expect(got).toMatchObject({ started: false, accommodations: [], className: cls.name });
    const listed = await teacher.api.assignment.list({ classId: cls.id });
    expect(listed.map((x) => x.id)).toEqual([a.id]);
    expect(listed[0]).toMatchObject({ submittedStudents: 0, inProgressStudents: 0 });
  });

  it("takes hand-picked items in the teacher's order, and defaults (untimed, one attempt, opens now, shuffled)", async () => {
    const { teacher, cls } = await classWithStudents(t, 0);
    const picked = [items[40]!.id, items[2]!.id, items[100]!.id];
    const a = await teacher.api.assignment.create({
      classId: cls.id,
      title: "Picked",
      selection: { mode: "pick", itemIds: picked },
      dueAt: hoursFromNow(1),
    });
    expect(a).toMatchObject({
      itemIds: picked,
      handPicked: true,
      timeLimitMinutes: null,
      maxAttempts: 1,
      shuffle: true,
      feedback: "IMMEDIATE",
    });
    expect(Math.abs(a.opensAt.getTime() - Date.now())).toBeLessThan(10_000);
  });

  it("refuses bad input with clear codes and writes nothing", async () => {
    const { teacher, cls } = await classWithStudents(t, 0);
    const base = { classId: cls.id, title: "x", selection: draw, dueAt: hoursFromNow(1) };
    const create = (over: Record<string, unknown>) =>
      teacher.api.assignment.create({ ...base, ...over } as never);
    await expect(create({ opensAt: hoursFromNow(2) })).rejects.toMatchObject({ message: "DUE_BEFORE_OPEN" });
    await expect(
      create({ selection: { ...draw, lessonIds: [0], skills: ["dates"], itemCount: 50 } }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^NOT_ENOUGH_ITEMS:\d+$/) as string,
    });
    await expect(create({ selection: { mode: "pick", itemIds: ["l1-no-such-item"] } })).rejects.toMatchObject(
      {
        message: "UNKNOWN_ITEM:l1-no-such-item",
      },
    );
    await expect(
      create({ selection: { mode: "pick", itemIds: [items[0]!.id, items[0]!.id] } }),
    ).rejects.toMatchObject({
      message: `DUPLICATE_ITEM:${items[0]!.id}`,
    });
    for (const bad of [
      { timeLimitMinutes: 0 },
      { timeLimitMinutes: 181 },
      { maxAttempts: 0 },
      { maxAttempts: 11 },
      { title: "" },
      { title: "x".repeat(121) },
      { selection: { ...draw, itemCount: 0 } },
      { selection: { ...draw, itemCount: 51 } },
      { selection: { ...draw, lessonIds: [7] } },
      { selection: { ...draw, skills: ["spelling"] } },
      { selection: { mode: "pick", itemIds: [] } },
      { selection: { mode: "pick", itemIds: Array.from({ length: 51 }, (_, i) => items[i]!.id) } },
      { dueAt: "not a date" },
      { feedback: "SOMETIMES" },
      { surprise: true },
    ]) {
      await expect(create(bad)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await t.db.assignment.count({ where: { classId: cls.id } })).toBe(0);
    await teacher.api.class.archive({ classId: cls.id, archived: true });
    await expect(create({})).rejects.toMatchObject({ message: "CLASS_ARCHIVED" });
  });

  it("updates settings (not items), and deletes only while nobody has started", async () => {
    const { teacher, students, assignment } = await setup(1);
    const updated = await teacher.api.assignment.update({
      assignmentId: assignment.id,
      title: "新標題",
      timeLimitMinutes: null,
      maxAttempts: 3,
    });
    expect(updated).toMatchObject({
      title: "新標題",
      timeLimitMinutes: null,
      maxAttempts: 3,
      itemIds: assignment.itemIds,
    });
    await expect(
      teacher.api.assignment.update({ assignmentId: assignment.id, dueAt: hoursFromNow(-100) }),
    ).rejects.toMatchObject({ message: "DUE_BEFORE_OPEN" });
    await expect(
      teacher.api.assignment.update({ assignmentId: assignment.id, itemIds: [] } as never),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    await students[0]!.api.assignment.start({ assignmentId: assignment.id });
    await expect(teacher.api.assignment.delete({ assignmentId: assignment.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "ASSIGNMENT_HAS_ATTEMPTS",
    });
    const fresh = await teacher.api.assignment.create({
      classId: assignment.classId,
      title: "x",
      selection: draw,
      dueAt: hoursFromNow(1),
    });
    expect(await teacher.api.assignment.delete({ assignmentId: fresh.id })).toEqual({
      assignmentId: fresh.id,
      deleted: true,
      attemptsDeleted: 0,
    });
    await expect(teacher.api.assignment.get({ assignmentId: fresh.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("students take assignments", () => {
  it("lists assigned work with its status, and starts, resumes and submits through the attempt engine", async () => {
    const { students, assignment } = await setup(1, { shuffle: true, timeLimitMinutes: 15 });
    const s = students[0]!;
    const [listed] = await s.api.assignment.mine();
    expect(listed).toMatchObject({
      id: assignment.id,
      title: "第一課測驗",
      status: "NOT_STARTED",
      next: "START",
      attemptsUsed: 0,
      attemptsAllowed: 1,
      timeLimitMinutes: 15,
      itemCount: 6,
      best: null,
    });

    const [a, b] = await Promise.all([
      s.api.assignment.start({ assignmentId: assignment.id }),
      s.api.assignment.start({ assignmentId: assignment.id }),
    ]);
    expect(a.id).toBe(b.id); // two tabs, one attempt
    expect(a.late).toBe(false);
    const view = await s.api.attempt.get({ attemptId: a.id });
    expect(view).toMatchObject({
      kind: "ASSIGNMENT",
      assignmentId: assignment.id,
      assignmentTitle: "第一課測驗",
      maxScore: 6,
    });
    expect(new Set(view.items.map((i) => i.item.id))).toEqual(new Set(assignment.itemIds));
    expect(view.deadline!.getTime() - view.startedAt.getTime()).toBe(15 * 60_000);
    expect(JSON.stringify(view)).not.toContain('"explanation"');
    expect((await s.api.assignment.mine())[0]).toMatchObject({
      status: "IN_PROGRESS",
      next: "RESUME",
      openAttemptId: a.id,
    });

    await answer(s.api, a.id, (_, i) => i < 3);
    const submitted = await s.api.attempt.submit({ attemptId: a.id });
    expect(submitted).toMatchObject({ status: "SUBMITTED", score: 3, maxScore: 6, feedbackWithheld: false });
    const [done] = await s.api.assignment.mine();
    expect(done).toMatchObject({
      status: "SUBMITTED",
      next: "NO_ATTEMPTS_LEFT",
      attemptsUsed: 1,
      best: { score: 3, maxScore: 6, percent: 50 },
    });
    expect(done!.attempts).toEqual([
      expect.objectContaining({ number: 1, status: "SUBMITTED", late: false, percent: 50 }),
    ]);
    await expect(s.api.assignment.start({ assignmentId: assignment.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "NO_ATTEMPTS_LEFT",
    });
  });

  it("keeps the items in the teacher's order when not shuffled", async () => {
    const { students, assignment } = await setup(1, { shuffle: false });
    const { id } = await students[0]!.api.assignment.start({ assignmentId: assignment.id });
    const view = await students[0]!.api.attempt.get({ attemptId: id });
    expect(view.items.map((i) => i.item.id)).toEqual(assignment.itemIds);
  });

  it("withholds keys under AFTER_DUE until the due time, and under NEVER", async () => {
    const { teacher, students, assignment } = await setup(1, { feedback: "AFTER_DUE" });
    const s = students[0]!;
    const { id } = await s.api.assignment.start({ assignmentId: assignment.id });
    const after = await s.api.attempt.submit({ attemptId: id });
    expect(after.feedbackWithheld).toBe(true);
    // neither keys nor which items were right (a true/false item's credit would give its key away)
    expect(after.items.every((i) => i.reveal === null && i.result === null && i.credit === null)).toBe(true);
    await teacher.api.assignment.update({
      assignmentId: assignment.id,
      opensAt: hoursFromNow(-3),
      dueAt: hoursFromNow(-1),
    });
    expect((await s.api.attempt.get({ attemptId: id })).items.every((i) => i.reveal !== null)).toBe(true);
  });

  it("refuses students outside the class, removed ones, archived classes and starts before opening", async () => {
    const { teacher, cls, students, assignment } = await setup(2);
    const outsider = await signedIn(t);
    await expect(outsider.api.assignment.start({ assignmentId: assignment.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "ASSIGNMENT_NOT_FOUND",
    });
    expect(await outsider.api.assignment.mine()).toEqual([]);
    expect(await outsider.api.assignment.mine({ classId: cls.id })).toEqual([]);

    await teacher.api.class.removeStudent({ classId: cls.id, studentId: students[0]!.user.id });
    await expect(students[0]!.api.assignment.start({ assignmentId: assignment.id })).rejects.toMatchObject({
      message: "ASSIGNMENT_NOT_FOUND",
    });
    expect(await students[0]!.api.assignment.mine()).toEqual([]);

    const later = await teacher.api.assignment.create({
      classId: cls.id,
      title: "Next week",
      selection: draw,
      opensAt: hoursFromNow(24),
      dueAt: hoursFromNow(48),
    });
    await expect(students[1]!.api.assignment.start({ assignmentId: later.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "ASSIGNMENT_NOT_OPEN",
    });
    const upcoming = (await students[1]!.api.assignment.mine()).find((a) => a.id === later.id);
    expect(upcoming).toMatchObject({ status: "NOT_STARTED", next: "NOT_OPEN" });

    await teacher.api.class.archive({ classId: cls.id, archived: true });
    await expect(students[1]!.api.assignment.start({ assignmentId: assignment.id })).rejects.toMatchObject({
      message: "CLASS_ARCHIVED",
    });
    expect(await students[1]!.api.assignment.mine()).toEqual([]);
    expect(await t.db.attempt.count({ where: { assignmentId: { in: [assignment.id, later.id] } } })).toBe(0);
  });

  it("allows starting after the due time, flagged late; an assignment past due with nothing done is missed", async () => {
    const { teacher, students, assignment } = await setup(2, { timeLimitMinutes: 10 });
    await teacher.api.assignment.update({
      assignmentId: assignment.id,
      opensAt: hoursFromNow(-3),
      dueAt: hoursFromNow(-1),
    });
    const [late, absent] = students as [(typeof students)[0], (typeof students)[0]];
    expect((await absent.api.assignment.mine())[0]).toMatchObject({ status: "MISSED", next: "START" });
    const started = await late.api.assignment.start({ assignmentId: assignment.id });
    expect(started.late).toBe(true);
    const view = await late.api.attempt.get({ attemptId: started.id });
    expect(view.deadline!.getTime() - view.startedAt.getTime()).toBe(10 * 60_000); // the due time does not cut it short
    await late.api.attempt.submit({ attemptId: started.id });
    const [mine] = await late.api.assignment.mine();
    expect(mine).toMatchObject({ status: "LATE" });
    expect(mine!.attempts[0]!.late).toBe(true);
  });

  it("a timed attempt that runs out is scored from what was saved, and then counts as used", async () => {
    const { students, assignment } = await setup(1, { timeLimitMinutes: 5, maxAttempts: 2 });
    const s = students[0]!;
    const { id } = await s.api.assignment.start({ assignmentId: assignment.id });
    await answer(s.api, id, (_, i) => (i === 0 ? true : null));
    await t.db.attempt.update({ where: { id }, data: { deadline: new Date(Date.now() - 60_000) } });
    await sweepAttempts(t.db); // the scheduled sweep finalises it (reading does not)
    const [listed] = await s.api.assignment.mine();
    expect(listed).toMatchObject({ status: "SUBMITTED", attemptsUsed: 1, next: "START", best: { score: 1 } });
    const second = await s.api.assignment.start({ assignmentId: assignment.id });
    expect(second.id).not.toBe(id);
    expect(second.resumed).toBe(false);
  });

  it("an accommodation gives one student extra attempts and extra time, and extends an open attempt", async () => {
    const { teacher, students, assignment } = await setup(2, { timeLimitMinutes: 10 });
    const [helped, other] = students as [(typeof students)[0], (typeof students)[0]];
    const open = await helped.api.assignment.start({ assignmentId: assignment.id });
    const before = (await helped.api.attempt.get({ attemptId: open.id })).deadline!;

    const set = await teacher.api.assignment.setAccommodation({
      assignmentId: assignment.id,
      studentId: helped.user.id,
      extraTimeMinutes: 5,
      extraAttempts: 1,
    });
    expect(set).toMatchObject({ extraTimeMinutes: 5, extraAttempts: 1, openAttemptsExtended: 1 });
    const extended = (await helped.api.attempt.get({ attemptId: open.id })).deadline!;
    expect(extended.getTime() - before.getTime()).toBe(5 * 60_000);

    await helped.api.attempt.submit({ attemptId: open.id });
    const second = await helped.api.assignment.start({ assignmentId: assignment.id });
    const view = await helped.api.attempt.get({ attemptId: second.id });
    expect(view.deadline!.getTime() - view.startedAt.getTime()).toBe(15 * 60_000);
    expect((await helped.api.assignment.mine())[0]).toMatchObject({
      attemptsAllowed: 2,
      timeLimitMinutes: 15,
      extraTimeMinutes: 5,
    });
    await helped.api.attempt.submit({ attemptId: second.id });
    await expect(helped.api.assignment.start({ assignmentId: assignment.id })).rejects.toMatchObject({
      message: "NO_ATTEMPTS_LEFT",
    });

    // the other student keeps the class's rules
    const theirs = await other.api.assignment.start({ assignmentId: assignment.id });
    const theirView = await other.api.attempt.get({ attemptId: theirs.id });
    expect(theirView.deadline!.getTime() - theirView.startedAt.getTime()).toBe(10 * 60_000);
    await other.api.attempt.submit({ attemptId: theirs.id });
    await expect(other.api.assignment.start({ assignmentId: assignment.id })).rejects.toMatchObject({
      message: "NO_ATTEMPTS_LEFT",
    });

    const got = await teacher.api.assignment.get({ assignmentId: assignment.id });
    expect(got.accommodations).toEqual([
      {
        student: { id: helped.user.id, name: helped.user.name, email: helped.user.email },
        extraTimeMinutes: 5,
        extraTimePercent: 0,
        extraAttempts: 1,
      },
    ]);
    await teacher.api.assignment.setAccommodation({
      assignmentId: assignment.id,
      studentId: helped.user.id,
      extraTimeMinutes: 0,
      extraAttempts: 0,
    });
    expect((await teacher.api.assignment.get({ assignmentId: assignment.id })).accommodations).toEqual([]);
    const outsider = await signedIn(t);
    await expect(
      teacher.api.assignment.setAccommodation({
        assignmentId: assignment.id,
        studentId: outsider.user.id,
        extraTimeMinutes: 5,
        extraAttempts: 0,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "STUDENT_NOT_FOUND" });
    await expect(
      teacher.api.assignment.setAccommodation({
        assignmentId: assignment.id,
        studentId: helped.user.id,
        extraTimeMinutes: -1,
        extraAttempts: 0,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
