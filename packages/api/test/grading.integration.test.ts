import { items } from "@dc/content";
import { writtenItems, type TWrittenItem } from "@dc/content/written";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rightResponse, signedIn } from "./helpers";
import { classWithStudents, hoursFromNow } from "./teaching";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

// Two written items whose rubrics have at least two criteria, and one auto-scored item.
const [w1, w2] = writtenItems as [TWrittenItem, TWrittenItem];
const auto = items.find((i) => i.type === "single")!;
const SAME = "外部需求不穩定，出口難以再帶動增長，所以要以國內大循環為主體。";

type TSetup = Awaited<ReturnType<typeof classWithStudents>>;

/** An assignment of the class with the auto item and both written items, scores released after the due time. */
async function writtenAssignment({ teacher, cls }: TSetup) {
  const created = await teacher.api.assignment.create({
    classId: cls.id,
    title: "文字題測驗",
    selection: { mode: "pick", itemIds: [auto.id, w1.id, w2.id] },
    shuffle: false,
    dueAt: hoursFromNow(24),
    scoreRelease: "AFTER_DUE",
    feedback: "AFTER_DUE",
  });
  return { id: created.id };
}

type TStudent = TSetup["students"][number];

/** The student takes the assignment: the auto item right, the written ones in their words; then submits. */
async function submitted(assignmentId: string, student: TStudent, texts: [string, string], submit = true) {
  const { id } = await student.api.assignment.start({ assignmentId });
  await student.api.attempt.save({
    attemptId: id,
    itemId: auto.id,
    response: rightResponse(auto),
    revision: 1,
  });
  for (const [item, text] of [
    [w1, texts[0]],
    [w2, texts[1]],
  ] as const) {
    await student.api.attempt.save({
      attemptId: id,
      itemId: item.id,
      response: { type: "written", text },
      revision: 1,
    });
  }
  if (submit) await student.api.attempt.submit({ attemptId: id });
  return { id };
}

const criteria = (item: TWrittenItem, n: number) => item.rubric.slice(0, n).map((c) => c.id);
const points = (item: TWrittenItem, ids: string[]) =>
  item.rubric.filter((c) => ids.includes(c.id)).reduce((s, c) => s + c.points, 0);
const total = (item: TWrittenItem) => item.rubric.reduce((s, c) => s + c.points, 0);

describe("grading written answers", () => {
  it("groups alike answers, grades a group, and settles the scores once nothing is pending", async () => {
    const setup = await classWithStudents(t, 3);
    const { teacher, students } = setup;
    const assignment = await writtenAssignment(setup);
    const [a, b, c] = await Promise.all([
      submitted(assignment.id, students[0]!, [SAME, "科技自立"]),
      submitted(assignment.id, students[1]!, [`${SAME.replace("。", "")} `, "科技自立自強"]),
      submitted(assignment.id, students[2]!, ["不知道", "保持開放"]),
    ]);

    const index = await teacher.api.grading.questions({ assignmentId: assignment.id });
    expect(index.questions.map((q) => [q.itemId, q.graded, q.total])).toEqual([
      [w1.id, 0, 3],
      [w2.id, 0, 3],
    ]);

    const queue = await teacher.api.grading.queue({ assignmentId: assignment.id, itemId: w1.id });
    expect(queue.progress).toEqual({ graded: 0, total: 3, groups: 2, groupsLeft: 2 });
    expect(queue.groups[0]!.answers.map((x) => x.attemptId).sort()).toEqual([a.id, b.id].sort());
    expect(queue.item.rubric.map((r) => r.id)).toEqual(w1.rubric.map((r) => r.id));

    const met = criteria(w1, 2);
    const graded = await teacher.api.grading.grade({
      assignmentId: assignment.id,
      itemId: w1.id,
      attemptIds: queue.groups[0]!.answers.map((x) => x.attemptId),
      criteriaMet: met,
      comment: "說明清楚，可再補充例子。",
    });
    expect(graded.graded).toBe(2);
    const detail = await teacher.api.results.attempt({ attemptId: a.id });
    expect(detail.items.map((i) => [i.pending, i.marking?.comment ?? null])).toEqual([
      [false, null],
      [false, "說明清楚，可再補充例子。"],
      [true, null],
    ]);
    // w2 is still pending: no score yet.
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: a.id } })).score).toBeNull();

    await teacher.api.grading.grade({
      assignmentId: assignment.id,
      itemId: w1.id,
      attemptIds: [c.id],
      criteriaMet: [],
    });
    for (const attemptId of [a.id, b.id, c.id]) {
      await teacher.api.grading.grade({
        assignmentId: assignment.id,
        itemId: w2.id,
        attemptIds: [attemptId],
        criteriaMet: criteria(w2, 1),
      });
    }
    const settled = await t.db.attempt.findUniqueOrThrow({ where: { id: a.id } });
    const expected = 1 + points(w1, met) / total(w1) + points(w2, criteria(w2, 1)) / total(w2);
    expect(settled.score).toBeCloseTo(expected, 6);
    expect(settled.maxScore).toBe(3);

    const after = await teacher.api.grading.queue({ assignmentId: assignment.id, itemId: w1.id });
    expect(after.progress).toMatchObject({ graded: 3, total: 3, groupsLeft: 0 });
    expect(after.groups[0]!.marking).toEqual({ criteriaMet: met, comment: "說明清楚，可再補充例子。" });
    const audit = await t.db.auditEntry.count({
      where: { action: "written.grade", actorId: teacher.user.id },
    });
    expect(audit).toBe(5);
  });

  it("re-grading an answer replaces its marking and moves its score", async () => {
    const setup = await classWithStudents(t, 1);
    const assignment = await writtenAssignment(setup);
    const a = await submitted(assignment.id, setup.students[0]!, [SAME, SAME]);
    const grade = (itemId: string, criteriaMet: string[], comment?: string) =>
      setup.teacher.api.grading.grade({
        assignmentId: assignment.id,
        itemId,
        attemptIds: [a.id],
        criteriaMet,
        comment,
      });
    await grade(w1.id, []);
    await grade(w2.id, []);
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: a.id } })).score).toBe(1);
    await grade(w1.id, criteria(w1, 99), "好");
    const answer = await t.db.answer.findUniqueOrThrow({
      where: { attemptId_itemId: { attemptId: a.id, itemId: w1.id } },
      include: { grade: true },
    });
    expect(answer.score).toBe(1);
    expect(answer.grade).toMatchObject({ criteriaMet: criteria(w1, 99), comment: "好", selfGraded: false });
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: a.id } })).score).toBe(2);
  });

  it("a rubric change re-scores every graded answer, re-totals, logs, and can be undone", async () => {
    const setup = await classWithStudents(t, 2);
    const assignment = await writtenAssignment(setup);
    const [a, b] = await Promise.all(setup.students.map((s) => submitted(assignment.id, s, [SAME, SAME])));
    const first = w1.rubric[0]!;
    const api = setup.teacher.api;
    await api.grading.grade({
      assignmentId: assignment.id,
      itemId: w1.id,
      attemptIds: [a!.id],
      criteriaMet: [first.id],
    });
    await api.grading.grade({
      assignmentId: assignment.id,
      itemId: w1.id,
      attemptIds: [b!.id],
      criteriaMet: criteria(w1, 99),
    });
    await api.grading.grade({
      assignmentId: assignment.id,
      itemId: w2.id,
      attemptIds: [a!.id, b!.id],
      criteriaMet: [],
    });
    const before = await t.db.attempt.findMany({
      where: { assignmentId: assignment.id },
      orderBy: { id: "asc" },
    });

    const newPoints = first.points === 6 ? 1 : first.points + 1;
    const change = await api.grading.adjustRubric({
      assignmentId: assignment.id,
      itemId: w1.id,
      criterionId: first.id,
      points: newPoints,
      reason: "這一點是核心論點",
    });
    expect(change.answersGraded).toBe(2);
    const rest = total(w1) - first.points;
    const scoreA = 1 + newPoints / (rest + newPoints);
    const changed = Object.fromEntries(change.changes.map((x) => [x.attemptId, x.newScore]));
    expect(changed[a!.id]).toBeCloseTo(scoreA, 6);
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: a!.id } })).score).toBeCloseTo(scoreA, 6);
    // b met every criterion: still full marks on w1, so its total stays.
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id: b!.id } })).score).toBe(2);
    const log = await t.db.regradeLog.findFirstOrThrow({
      where: { assignmentId: assignment.id, action: "RUBRIC" },
    });
    expect(log).toMatchObject({
      itemId: w1.id,
      reason: "這一點是核心論點",
      teacherId: setup.teacher.user.id,
    });
    const queue = await api.grading.queue({ assignmentId: assignment.id, itemId: w1.id });
    expect(queue.item.rubric[0]).toMatchObject({ points: newPoints, adjustment: { points: newPoints } });

    // Back to the bank's points: the adjustment goes and the scores come back.
    await api.grading.adjustRubric({
      assignmentId: assignment.id,
      itemId: w1.id,
      criterionId: first.id,
      points: first.points,
      reason: "改回原來分數",
    });
    expect(await t.db.rubricAdjustment.count({ where: { assignmentId: assignment.id } })).toBe(0);
    const reverted = await t.db.attempt.findMany({
      where: { assignmentId: assignment.id },
      orderBy: { id: "asc" },
    });
    expect(reverted.map((x) => x.score)).toEqual(before.map((x) => x.score));
    expect(await t.db.regradeLog.count({ where: { assignmentId: assignment.id, action: "RUBRIC" } })).toBe(2);
  });

  it("refuses bad criteria, another teacher, an open attempt and an auto item, writing nothing", async () => {
    const setup = await classWithStudents(t, 2);
    const assignment = await writtenAssignment(setup);
    const done = await submitted(assignment.id, setup.students[0]!, [SAME, SAME]);
    const open = await submitted(assignment.id, setup.students[1]!, [SAME, SAME], false);
    const other = await signedIn(t, "TEACHER", "Other");
    const base = { assignmentId: assignment.id, itemId: w1.id, attemptIds: [done.id], criteriaMet: [] };
    const api = setup.teacher.api;

    await expect(api.grading.grade({ ...base, criteriaMet: ["no-such-criterion"] })).rejects.toThrow(
      "UNKNOWN_CRITERION:no-such-criterion",
    );
    await expect(other.api.grading.grade(base)).rejects.toThrow("ASSIGNMENT_NOT_FOUND");
    await expect(other.api.grading.queue({ assignmentId: assignment.id, itemId: w1.id })).rejects.toThrow(
      "ASSIGNMENT_NOT_FOUND",
    );
    // One open attempt in the group refuses the whole group.
    await expect(api.grading.grade({ ...base, attemptIds: [done.id, open.id] })).rejects.toThrow(
      "ATTEMPT_NOT_SUBMITTED",
    );
    await expect(api.grading.grade({ ...base, itemId: auto.id })).rejects.toThrow("NOT_A_WRITTEN_ITEM");
    await expect(api.grading.grade({ ...base, comment: "長".repeat(1001) })).rejects.toThrow();
    await expect(
      api.grading.adjustRubric({ ...base, criterionId: w1.rubric[0]!.id, points: 2, reason: " " }),
    ).rejects.toThrow();
    await expect(
      other.api.grading.adjustRubric({
        assignmentId: assignment.id,
        itemId: w1.id,
        criterionId: w1.rubric[0]!.id,
        points: 2,
        reason: "x",
      }),
    ).rejects.toThrow("ASSIGNMENT_NOT_FOUND");

    expect(
      await t.db.writtenGrade.count({ where: { answer: { attempt: { assignmentId: assignment.id } } } }),
    ).toBe(0);
    expect(await t.db.rubricAdjustment.count({ where: { assignmentId: assignment.id } })).toBe(0);
    const answers = await t.db.answer.findMany({
      where: { itemId: w1.id, attemptId: { in: [done.id, open.id] } },
    });
    expect(answers.every((x) => x.score === null)).toBe(true);
  });

  it("shows pending answers in the gradebook and its CSV, and analyses teacher gradings only", async () => {
    const setup = await classWithStudents(t, 2);
    const assignment = await writtenAssignment(setup);
    const [a, b] = await Promise.all(setup.students.map((s) => submitted(assignment.id, s, [SAME, SAME])));
    const api = setup.teacher.api;

    const book = await api.results.gradebook({ classId: setup.cls.id });
    expect(book.pendingAnswers).toBe(4);
    expect(book.assignments[0]).toMatchObject({ writtenItems: 2, pendingAnswers: 4 });
    expect(book.rows.map((r) => [r.cells[0]!.pending, r.cells[0]!.percent])).toEqual([
      [2, null],
      [2, null],
    ]);
    const csv = await api.results.gradebookCsv({ classId: setup.cls.id, lang: "zh" });
    const [head, ...lines] = csv.content
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(head).toContain("文字題測驗 待批改");
    expect(lines.map((l) => l.split(",").at(-1))).toEqual(["2", "2"]);

    const first = w1.rubric[0]!.id;
    await api.grading.grade({
      assignmentId: assignment.id,
      itemId: w1.id,
      attemptIds: [a!.id],
      criteriaMet: [first],
    });
    // A self-grade (as practice writes one) on b's answer must not count in the analysis.
    await t.db.writtenGrade.create({
      data: { attemptId: b!.id, itemId: w1.id, criteriaMet: criteria(w1, 99), selfGraded: true },
    });
    const later = await api.results.gradebook({ classId: setup.cls.id });
    expect(later.pendingAnswers).toBe(3);

    const results = await api.results.assignment({ assignmentId: assignment.id });
    const analysis = results.written.find((w) => w.itemId === w1.id)!;
    expect(analysis.graded).toBe(1);
    expect(analysis.meanPoints).toBe(w1.rubric[0]!.points);
    expect(analysis.criteria[0]).toMatchObject({ id: first, share: 1 });
    expect(analysis.criteria[1]).toMatchObject({ share: 0 });
    // Both attempts still await grading (each has another written answer): the item statistics leave
    // them out rather than count their ungraded answers as 0.
    expect(results.summary).toMatchObject({ analysed: 0, awaitingGrading: 2 });

    const queue = await api.grading.queue({ assignmentId: assignment.id, itemId: w1.id });
    expect(queue.progress.graded).toBe(1);
  });

  it("an item correction of a graded written item keeps the teacher's grade when reverted", async () => {
    const setup = await classWithStudents(t, 1);
    const assignment = await writtenAssignment(setup);
    const a = await submitted(assignment.id, setup.students[0]!, [SAME, SAME]);
    const api = setup.teacher.api;
    for (const item of [w1, w2]) {
      await api.grading.grade({
        assignmentId: assignment.id,
        itemId: item.id,
        attemptIds: [a.id],
        criteriaMet: criteria(item, 99),
      });
    }
    const score = async () => (await t.db.attempt.findUniqueOrThrow({ where: { id: a.id } })).score;
    expect(await score()).toBe(3);
    await api.assignment.adjustItem({
      assignmentId: assignment.id,
      itemId: w1.id,
      action: "DROP",
      reason: "題目不清",
    });
    expect(await score()).toBe(2);
    await api.assignment.adjustItem({
      assignmentId: assignment.id,
      itemId: w1.id,
      action: "REVERT",
      reason: "改回",
    });
    expect(await score()).toBe(3);
  });
});
