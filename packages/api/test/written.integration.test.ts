import { items, type TItem, wrongResponse } from "@dc/content";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rightResponse, signedIn } from "./helpers";
import { classWithStudents, hoursFromNow } from "./teaching";

/*
 * Written answers on the student's side, against a real PostgreSQL: pending through submit and
 * release, what a student may see (never another's answer, never an assessment key before release),
 * and the practice self-grade's rules.
 */

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

type TWritten = Extract<TItem, { type: "written" }>;
const isWritten = (item: TItem): item is TWritten => item.type === "written";
const assessmentWritten = items.filter((i): i is TWritten => isWritten(i) && i.pool === "assessment");
const [w1, w2] = assessmentWritten as [TWritten, TWritten];
const singles = items.filter((i) => i.type === "single" && i.pool === "assessment").slice(0, 2);
const practiceWritten = items.find((i): i is TWritten => isWritten(i) && i.pool === "practice")!;
const answerA = "因為外需受疫情與貿易戰打擊，所以要擴大內需，以內循環為主。甲同學作答。";
const answerB = "乙同學的答案：大船轉舵，意思是經濟方向要慢慢改變。";

/** A class, an assignment of two auto-scored and two written assessment items, keys after the due time. */
async function writtenAssignment() {
  const c = await classWithStudents(t, 2);
  const assignment = await c.teacher.api.assignment.create({
    classId: c.cls.id,
    title: "文字作答測驗",
    selection: { mode: "pick", itemIds: [...singles.map((i) => i.id), w1.id, w2.id] },
    shuffle: false,
    dueAt: hoursFromNow(24),
    feedback: "AFTER_DUE",
    scoreRelease: "IMMEDIATE",
  });
  return { ...c, assignment };
}

type TStudent = Awaited<ReturnType<typeof signedIn>>;

async function sit(student: TStudent, assignmentId: string, text: string, rightSingles: number) {
  const { id } = await student.api.assignment.start({ assignmentId });
  for (const [n, item] of singles.entries()) {
    const response = n < rightSingles ? rightResponse(item) : wrongResponse(item);
    await student.api.attempt.save({ attemptId: id, itemId: item.id, response, revision: 1 });
  }
  for (const item of [w1, w2]) {
    const response = { type: "written" as const, text: `${text}（${item.id}）` };
    await student.api.attempt.save({ attemptId: id, itemId: item.id, response, revision: 1 });
  }
  return { attemptId: id, view: await student.api.attempt.submit({ attemptId: id }) };
}

/** Every model answer and criterion description of an item, as text that must not leak. */
const keyTexts = (item: TWritten) => [
  item.modelAnswer.zh,
  item.modelAnswer.en,
  ...item.rubric.flatMap((c) => [c.description.zh, c.description.en]),
];

describe("an assignment with written answers", () => {
  it("submits pending: no score, the written answers counted, the rest shown honestly", async () => {
    const s = await writtenAssignment();
    const [a] = s.students as [TStudent];
    const { attemptId, view } = await sit(a, s.assignment.id, answerA, 1);

    expect(view.status).toBe("SUBMITTED");
    expect(view.score).toBeNull();
    expect(view.pending).toBe(2);
    expect(view.scoredPart).toEqual({ score: 1, maxScore: 2 });
    const stored = await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(stored).toMatchObject({ score: null, maxScore: 4, status: "SUBMITTED" });
    const answers = await t.db.answer.findMany({ where: { attemptId, itemId: { in: [w1.id, w2.id] } } });
    expect(answers.map((x) => x.score)).toEqual([null, null]);
    expect(answers.every((x) => x.lockedAt !== null)).toBe(true);

    const writtenEntries = view.items.filter((e) => e.item.type === "written");
    expect(writtenEntries.map((e) => e.written?.pending)).toEqual([true, true]);
    expect(writtenEntries.map((e) => e.result)).toEqual([null, null]);
    const points = (item: TWritten) => item.rubric.reduce((sum, c) => sum + c.points, 0);
    expect(writtenEntries.map((e) => e.item)).toEqual([
      {
        id: w1.id,
        lessonId: w1.lessonId,
        skill: w1.skill,
        prompt: w1.prompt,
        type: "written",
        points: points(w1),
      },
      {
        id: w2.id,
        lessonId: w2.lessonId,
        skill: w2.skill,
        prompt: w2.prompt,
        type: "written",
        points: points(w2),
      },
    ]);

    // The student's list and home say "awaiting grading", not 0 %.
    const mine = await a.api.assignment.mine();
    expect(mine[0]!.best).toMatchObject({ attemptId, pending: true, score: null, percent: null });
  });

  it("keeps written answers out of review, and release still shows keys (model answer and rubric)", async () => {
    const s = await writtenAssignment();
    const [a] = s.students as [TStudent];
    const { attemptId, view } = await sit(a, s.assignment.id, answerA, 2);
    for (const item of [w1, w2]) {
      for (const text of keyTexts(item)) expect(JSON.stringify(view)).not.toContain(text);
    }
    expect(view.items.every((e) => e.reveal === null)).toBe(true);

    await s.teacher.api.assignment.releaseNow({ assignmentId: s.assignment.id });
    const released = await a.api.attempt.get({ attemptId });
    const entry = released.items.find((e) => e.item.id === w1.id)!;
    expect(entry.reveal).toMatchObject({
      type: "written",
      key: { modelAnswer: w1.modelAnswer, rubric: w1.rubric },
    });
    expect(entry.written).toMatchObject({ pending: true, marked: null });
    const cards = await t.db.reviewCard.findMany({ where: { userId: a.user.id } });
    expect(cards.map((c) => c.itemId).sort()).toEqual(singles.map((i) => i.id).sort());
  });

  it("shows a released marking: criteria met with the assignment's points, and the teacher's comment", async () => {
    const s = await writtenAssignment();
    const [a] = s.students as [TStudent];
    const { attemptId } = await sit(a, s.assignment.id, answerA, 2);
    const [first, second] = w1.rubric as [TWritten["rubric"][0], TWritten["rubric"][0]];
    // What the grading side writes (its own branch): a teacher's marking and a criterion re-weighted.
    await t.db.rubricAdjustment.create({
      data: {
        assignmentId: s.assignment.id,
        itemId: w1.id,
        criterionId: first.id,
        points: first.points + 1,
        reason: "更重要",
      },
    });
    await t.db.writtenGrade.create({
      data: {
        attemptId,
        itemId: w1.id,
        criteriaMet: [first.id],
        comment: "說明清楚，但未提及外循環。",
        graderId: s.teacher.user.id,
      },
    });
    const total = w1.rubric.reduce((sum, c) => sum + c.points, 0) + 1;
    await t.db.answer.update({
      where: { attemptId_itemId: { attemptId, itemId: w1.id } },
      data: { score: (first.points + 1) / total, correct: false },
    });

    const before = await a.api.attempt.get({ attemptId });
    expect(before.items.find((e) => e.item.id === w1.id)!.written).toMatchObject({ marked: null });
    expect(JSON.stringify(before)).not.toContain("說明清楚");

    await s.teacher.api.assignment.releaseNow({ assignmentId: s.assignment.id });
    const after = await a.api.attempt.get({ attemptId });
    const entry = after.items.find((e) => e.item.id === w1.id)!;
    expect(entry.written).toEqual({
      pending: false,
      points: Object.fromEntries(w1.rubric.map((c) => [c.id, c.id === first.id ? c.points + 1 : c.points])),
      marked: {
        criteriaMet: [first.id],
        points: first.points + 1,
        maxPoints: total,
        comment: "說明清楚，但未提及外循環。",
        selfGraded: false,
      },
    });
    const shownRubric = (entry.reveal as { key: { rubric: { id: string; points: number }[] } }).key.rubric;
    expect(shownRubric.find((c) => c.id === first.id)!.points).toBe(first.points + 1);
    expect(shownRubric.find((c) => c.id === second.id)!.points).toBe(second.points);
    expect(after.pending).toBe(1); // w2 still waits
  });

  it("never shows a student another student's answer", async () => {
    const s = await writtenAssignment();
    const [a, b] = s.students as [TStudent, TStudent];
    const sa = await sit(a, s.assignment.id, answerA, 1);
    const sb = await sit(b, s.assignment.id, answerB, 2);
    await s.teacher.api.assignment.releaseNow({ assignmentId: s.assignment.id });
    const mine = JSON.stringify(await a.api.attempt.get({ attemptId: sa.attemptId }));
    expect(mine).toContain("甲同學作答");
    expect(mine).not.toContain("乙同學");
    await expect(a.api.attempt.get({ attemptId: sb.attemptId })).rejects.toMatchObject({
      message: "ATTEMPT_NOT_FOUND",
    });
    await expect(
      a.api.attempt.selfGrade({ attemptId: sb.attemptId, itemId: w1.id, criteriaMet: [] }),
    ).rejects.toMatchObject({ message: "ATTEMPT_NOT_FOUND" });
  });
});

/** A lesson practice holding the practice written item (drawn last: see draw-items.ts). */
async function practiceWithWritten(student: TStudent) {
  for (let tries = 0; tries < 30; tries++) {
    const { id } = await student.api.attempt.startLesson({
      kind: "PRACTICE",
      lessonId: practiceWritten.lessonId,
    });
    const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id } });
    if (attempt.itemIds.includes(practiceWritten.id)) return id;
    await student.api.attempt.submit({ attemptId: id });
  }
  throw new Error("the practice written item was never drawn");
}

describe("self-grading a written answer in practice", () => {
  it("refuses before the answer is final, bad criteria, other items and other users, writing nothing", async () => {
    const me = await signedIn(t, "STUDENT", "自評生");
    const other = await signedIn(t, "STUDENT", "旁人");
    const attemptId = await practiceWithWritten(me);
    const itemId = practiceWritten.id;
    const ids = practiceWritten.rubric.map((c) => c.id);

    await expect(me.api.attempt.selfGrade({ attemptId, itemId, criteriaMet: ids })).rejects.toMatchObject({
      message: "ANSWER_NOT_FINAL",
    });
    const response = { type: "written" as const, text: "以內循環為主，外循環為輔。" };
    const checked = await me.api.attempt.check({ attemptId, itemId, response, revision: 1 });
    expect(checked.result).toEqual({ score: null, correct: null, pending: true });
    expect(checked.reveal).toMatchObject({
      type: "written",
      key: { modelAnswer: practiceWritten.modelAnswer },
    });
    // A second check (a double click, a retry) finds it final and still pending, not scored 0.
    const twice = await me.api.attempt.check({ attemptId, itemId, response, revision: 2 });
    expect(twice.result).toEqual({ score: null, correct: null, pending: true });

    await expect(
      me.api.attempt.selfGrade({ attemptId, itemId, criteriaMet: [ids[0]!, "made-up", "also-made-up"] }),
    ).rejects.toMatchObject({ message: 'UNKNOWN_CRITERION:"made-up", "also-made-up"' });
    const anotherItem = (await t.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).itemIds.find(
      (id) => id !== itemId,
    )!;
    await expect(
      me.api.attempt.selfGrade({ attemptId, itemId: anotherItem, criteriaMet: [] }),
    ).rejects.toMatchObject({ message: "NOT_A_WRITTEN_ITEM" });
    await expect(other.api.attempt.selfGrade({ attemptId, itemId, criteriaMet: [] })).rejects.toMatchObject({
      message: "ATTEMPT_NOT_FOUND",
    });
    expect(await t.db.writtenGrade.count({ where: { attemptId } })).toBe(0);
    const answer = await t.db.answer.findUniqueOrThrow({
      where: { attemptId_itemId: { attemptId, itemId } },
    });
    expect(answer.score).toBeNull();
    expect(await t.db.reviewCard.count({ where: { userId: me.user.id, itemId } })).toBe(0);
  });

  it("stores the marking, scores the answer by its points and schedules review from that share", async () => {
    const full = await signedIn(t, "STUDENT", "全對");
    const none = await signedIn(t, "STUDENT", "全錯");
    const itemId = practiceWritten.id;
    const response = { type: "written" as const, text: "我的解釋。" };
    const ids = practiceWritten.rubric.map((c) => c.id);
    const results = [];
    for (const [student, criteriaMet] of [
      [full, [...ids].reverse()],
      [none, []],
    ] as const) {
      const attemptId = await practiceWithWritten(student);
      await student.api.attempt.check({ attemptId, itemId, response, revision: 1 });
      const graded = await student.api.attempt.selfGrade({
        attemptId,
        itemId,
        criteriaMet: [...criteriaMet],
      });
      const again = await student.api.attempt.selfGrade({ attemptId, itemId, criteriaMet: [] });
      expect(again).toEqual({ ...graded, created: false });
      const view = await student.api.attempt.get({ attemptId });
      const card = await t.db.reviewCard.findUniqueOrThrow({
        where: { userId_itemId: { userId: student.user.id, itemId } },
      });
      const grade = await t.db.writtenGrade.findUniqueOrThrow({
        where: { attemptId_itemId: { attemptId, itemId } },
      });
      results.push({ graded, view, card, grade });
    }
    const [right, wrong] = results as [(typeof results)[0], (typeof results)[0]];
    const max = practiceWritten.rubric.reduce((sum, c) => sum + c.points, 0);
    expect(right.graded).toEqual({ criteriaMet: ids, points: max, maxPoints: max, score: 1, created: true });
    expect(right.grade).toMatchObject({ selfGraded: true, criteriaMet: ids });
    const entry = right.view.items.find((e) => e.item.id === itemId)!;
    expect(entry.result).toEqual({ score: 1, correct: true });
    expect(entry.written).toMatchObject({ pending: false, marked: { points: max, selfGraded: true } });
    expect(wrong.graded).toMatchObject({ points: 0, score: 0 });
    // FSRS: all criteria met is "Good" (days ahead); none is "Again" (back within minutes).
    const dayMs = 86_400_000;
    expect(right.card.due.getTime() - Date.now()).toBeGreaterThan(dayMs * 0.9);
    expect(wrong.card.due.getTime() - Date.now()).toBeLessThan(dayMs / 24);
  });

  it("is for practice and review only, and a submitted practice is scored once its self-grade is in", async () => {
    const s = await writtenAssignment();
    const [a] = s.students as [TStudent];
    const { attemptId: assignmentAttempt } = await sit(a, s.assignment.id, answerA, 1);
    await expect(
      a.api.attempt.selfGrade({ attemptId: assignmentAttempt, itemId: w1.id, criteriaMet: [] }),
    ).rejects.toMatchObject({ message: "NOT_A_PRACTICE_ATTEMPT" });

    const attemptId = await practiceWithWritten(a);
    const itemId = practiceWritten.id;
    await a.api.attempt.check({
      attemptId,
      itemId,
      response: { type: "written", text: "答案" },
      revision: 1,
    });
    const submitted = await a.api.attempt.submit({ attemptId });
    expect(submitted).toMatchObject({ score: null, pending: 1 });
    await a.api.attempt.selfGrade({ attemptId, itemId, criteriaMet: [practiceWritten.rubric[0]!.id] });
    const after = await a.api.attempt.get({ attemptId });
    expect(after.pending).toBe(0);
    expect(after.score).not.toBeNull();
  });

  it("never counts in a teacher's gradebook or item analysis", async () => {
    const c = await classWithStudents(t, 1);
    const [a] = c.students as [TStudent];
    // The teacher picks the practice written item into an assignment; the student self-grades it in practice.
    const assignment = await c.teacher.api.assignment.create({
      classId: c.cls.id,
      title: "練習題也可指派",
      selection: { mode: "pick", itemIds: [practiceWritten.id, singles[0]!.id] },
      dueAt: hoursFromNow(24),
    });
    const practice = await practiceWithWritten(a);
    const itemId = practiceWritten.id;
    await a.api.attempt.check({
      attemptId: practice,
      itemId,
      response: { type: "written", text: "自評" },
      revision: 1,
    });
    await a.api.attempt.selfGrade({
      attemptId: practice,
      itemId,
      criteriaMet: practiceWritten.rubric.map((x) => x.id),
    });

    const { id } = await a.api.assignment.start({ assignmentId: assignment.id });
    await a.api.attempt.save({
      attemptId: id,
      itemId,
      response: { type: "written", text: "功課作答" },
      revision: 1,
    });
    await a.api.attempt.submit({ attemptId: id });

    const book = await c.teacher.api.results.gradebook({ classId: c.cls.id });
    expect(book.rows[0]!.cells[0]).toMatchObject({ score: null });
    const results = await c.teacher.api.results.assignment({ assignmentId: assignment.id });
    const stats = results.items.find((i) => i.type === "written")!;
    // The assignment's own answer waits for the teacher: its attempt stays out of the item statistics
    // until graded, and the practice self-grade (full marks) counts nowhere.
    expect(results.summary).toMatchObject({ analysed: 0, awaitingGrading: 1 });
    expect(stats).toMatchObject({ itemId: practiceWritten.id, n: 0 });
    expect(results.written.find((w) => w.itemId === practiceWritten.id)).toMatchObject({ graded: 0 });
    expect((stats.commonWrong ?? []).map((w) => w.response)).not.toContain("自評");
    expect(await t.db.writtenGrade.count({ where: { attemptId: id } })).toBe(0);
  });
});
