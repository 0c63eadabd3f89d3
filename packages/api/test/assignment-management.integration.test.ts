import { getItem, items, wrongResponse, type TResponse } from "@dc/content";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseToClient } from "../src/attempts/present-item";
import { rightResponse, signedIn } from "./helpers";
import { answer, classWithStudents, hoursFromNow } from "./teaching";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const PICKS = items
  .filter((i) => i.lessonId === 1)
  .slice(0, 3)
  .map((i) => i.id);
const STRANGER = items.find((i) => i.lessonId === 2)!.id;

/** A class of two, an assignment of three picked items, and what the database holds of it. */
async function setup(over: Record<string, unknown> = {}) {
  const c = await classWithStudents(t, 2);
  const assignment = await c.teacher.api.assignment.create({
    classId: c.cls.id,
    title: "第一課測驗",
    selection: { mode: "pick", itemIds: PICKS },
    dueAt: hoursFromNow(24),
    shuffle: false,
    ...over,
  });
  return { ...c, assignment };
}

/** Rows the app writes when someone takes an assignment, for the "nothing recorded" checks. */
const traces = async (assignmentId: string) => ({
  attempts: await t.db.attempt.count({ where: { assignmentId } }),
  answers: await t.db.answer.count({ where: { attempt: { assignmentId } } }),
  keyReleases: await t.db.keyRelease.count({ where: { attempt: { assignmentId } } }),
  reviewCards: await t.db.reviewCard.count(),
});

describe("the pass mark", () => {
  it("is set on create and edit, and judges each student in the gradebook and both CSVs", async () => {
    const { teacher, students, cls, assignment } = await setup({ passPercent: 60 });
    expect(assignment.passPercent).toBe(60);
    for (const [i, s] of students.entries()) {
      const { id } = await s.api.assignment.start({ assignmentId: assignment.id });
      // A: all three right (100%); B: one right (33.3%).
      await answer(s.api, id, (_item, index) => i === 0 || index === 0);
      await s.api.attempt.submit({ attemptId: id });
    }
    const book = await teacher.api.results.gradebook({ classId: cls.id });
    const byName = Object.fromEntries(book.rows.map((r) => [r.student.name, r.cells[0]!.passed]));
    expect(byName).toEqual({ "Student A": true, "Student B": false });
    expect(book.assignments[0]).toMatchObject({ passPercent: 60, passedCount: 1, failedCount: 1 });

    const zh = await teacher.api.results.gradebookCsv({ classId: cls.id, lang: "zh" });
    const [head, ...lines] = zh.content
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(head).toContain("第一課測驗 合格（合格分數 60%）");
    expect(lines.map((l) => l.split(",").at(-1))).toEqual(expect.arrayContaining(["合格", "不合格"]));
    const en = await teacher.api.results.responsesCsv({ assignmentId: assignment.id, lang: "en" });
    expect(en.content).toContain("pass/fail");
    expect(en.content).toMatch(/,100,pass\r?\n/);
    expect(en.content).toMatch(/,33\.3,fail\r?\n/);

    // Lowering the mark re-judges at once; removing it removes the column.
    await teacher.api.assignment.update({ assignmentId: assignment.id, passPercent: 30 });
    const lowered = await teacher.api.results.gradebook({ classId: cls.id });
    expect(lowered.rows.every((r) => r.cells[0]!.passed === true)).toBe(true);
    await teacher.api.assignment.update({ assignmentId: assignment.id, passPercent: null });
    const none = await teacher.api.results.gradebookCsv({ classId: cls.id, lang: "en" });
    expect(none.content).not.toContain("pass mark");
  });

  it("refuses a mark outside 1..100", async () => {
    const { teacher, assignment } = await setup();
    for (const passPercent of [0, 101, 55.5]) {
      await expect(
        teacher.api.assignment.update({ assignmentId: assignment.id, passPercent }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect((await t.db.assignment.findUnique({ where: { id: assignment.id } }))!.passPercent).toBeNull();
  });
});

describe("release now", () => {
  it("shows keys and scores before the due time, records the key releases, and releases later submissions", async () => {
    const { teacher, students, assignment } = await setup({
      feedback: "AFTER_DUE",
      scoreRelease: "AFTER_DUE",
    });
    const [a, b] = students;
    const first = await a!.api.assignment.start({ assignmentId: assignment.id });
    await answer(a!.api, first.id, () => true);
    await a!.api.attempt.submit({ attemptId: first.id });
    const hidden = await a!.api.attempt.get({ attemptId: first.id });
    expect(hidden).toMatchObject({ feedbackWithheld: true, scoreWithheld: true, score: null });
    const second = await b!.api.assignment.start({ assignmentId: assignment.id });

    const released = await teacher.api.assignment.releaseNow({ assignmentId: assignment.id });
    expect(released.attemptsReleased).toBe(1);
    expect(await t.db.keyRelease.count({ where: { attemptId: first.id } })).toBe(3);
    const shown = await a!.api.attempt.get({ attemptId: first.id });
    expect(shown).toMatchObject({ feedbackWithheld: false, scoreWithheld: false, score: 3 });
    expect(shown.items.every((i) => i.reveal !== null)).toBe(true);
    const mine = await a!.api.assignment.mine();
    expect(mine[0]).toMatchObject({ scoresShown: true, releasedEarly: true });

    // Submitted after the release: released on submission.
    await b!.api.attempt.submit({ attemptId: second.id });
    expect(await t.db.keyRelease.count({ where: { attemptId: second.id } })).toBe(3);

    // Again: the first time stays.
    const again = await teacher.api.assignment.releaseNow({ assignmentId: assignment.id });
    expect(again.releasedAt).toEqual(released.releasedAt);
    const audit = await t.db.auditEntry.count({ where: { action: "assignment.release" } });
    expect(audit).toBeGreaterThanOrEqual(1);
  });

  it("is refused for another teacher's assignment and changes nothing", async () => {
    const { assignment } = await setup({ feedback: "NEVER" });
    const other = await signedIn(t, "TEACHER", "Mr Other");
    await expect(other.api.assignment.releaseNow({ assignmentId: assignment.id })).rejects.toMatchObject({
      message: "ASSIGNMENT_NOT_FOUND",
    });
    expect((await t.db.assignment.findUnique({ where: { id: assignment.id } }))!.releasedAt).toBeNull();
  });
});

describe("duplicating", () => {
  it("copies items, settings, pass mark and corrections to another class of the teacher, with new dates", async () => {
    const { teacher, students, assignment } = await setup({
      passPercent: 50,
      maxAttempts: 2,
      timeLimitMinutes: 15,
    });
    await teacher.api.assignment.adjustItem({
      assignmentId: assignment.id,
      itemId: PICKS[1]!,
      action: "DROP",
      reason: "ambiguous",
    });
    await teacher.api.assignment.setAccommodation({
      assignmentId: assignment.id,
      studentId: students[0]!.user.id,
      extraTimeMinutes: 5,
      extraAttempts: 1,
    });
    await teacher.api.assignment.releaseNow({ assignmentId: assignment.id });
    const other = await teacher.api.class.create({ name: "中四乙班" });
    const dueAt = hoursFromNow(72);
    const copy = await teacher.api.assignment.duplicate({
      assignmentId: assignment.id,
      classId: other.id,
      title: "第一課測驗（乙班）",
      dueAt,
    });
    expect(copy).toMatchObject({
      classId: other.id,
      className: "中四乙班",
      title: "第一課測驗（乙班）",
      itemIds: PICKS,
      maxScore: 2,
      maxAttempts: 2,
      timeLimitMinutes: 15,
      passPercent: 50,
      releasedAt: null,
      dueAt,
    });
    const detail = await teacher.api.assignment.get({ assignmentId: copy.id });
    expect(detail.accommodations).toEqual([]);
    expect(detail.items.map((i) => i.adjustment?.action ?? null)).toEqual([null, "DROP", null]);
    expect(detail.attempts.total).toBe(0);
  });

  it("refuses another teacher's class or assignment, an archived class and bad dates, writing nothing", async () => {
    const { teacher, cls, assignment } = await setup();
    const other = await classWithStudents(t, 0, "別人的班");
    const before = await t.db.assignment.count();
    const input = { assignmentId: assignment.id, classId: cls.id, title: "Copy", dueAt: hoursFromNow(2) };
    await expect(teacher.api.assignment.duplicate({ ...input, classId: other.cls.id })).rejects.toMatchObject(
      { message: "CLASS_NOT_FOUND" },
    );
    await expect(
      other.teacher.api.assignment.duplicate({ ...input, classId: other.cls.id }),
    ).rejects.toMatchObject({
      message: "ASSIGNMENT_NOT_FOUND",
    });
    await expect(
      teacher.api.assignment.duplicate({ ...input, opensAt: hoursFromNow(3) }),
    ).rejects.toMatchObject({ message: "DUE_BEFORE_OPEN" });
    await expect(teacher.api.assignment.duplicate({ ...input, title: "  " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const archived = await teacher.api.class.create({ name: "舊班" });
    await teacher.api.class.archive({ classId: archived.id, archived: true });
    await expect(teacher.api.assignment.duplicate({ ...input, classId: archived.id })).rejects.toMatchObject({
      message: "CLASS_ARCHIVED",
    });
    expect(await t.db.assignment.count()).toBe(before);
  });
});

describe("deleting", () => {
  it("deletes one nobody started at once", async () => {
    const { teacher, assignment } = await setup();
    await expect(teacher.api.assignment.delete({ assignmentId: assignment.id })).resolves.toMatchObject({
      deleted: true,
      attemptsDeleted: 0,
    });
    expect(await t.db.assignment.count({ where: { id: assignment.id } })).toBe(0);
  });

  it("deletes a started one only with the number of attempts confirmed, and audits it", async () => {
    const { teacher, students, assignment } = await setup();
    for (const s of students) {
      const { id } = await s.api.assignment.start({ assignmentId: assignment.id });
      await answer(s.api, id, () => true);
      await s.api.attempt.submit({ attemptId: id });
    }
    const detail = await teacher.api.assignment.get({ assignmentId: assignment.id });
    expect(detail.attempts).toEqual({ total: 2, submitted: 2, inProgress: 0, students: 2 });
    // Unconfirmed, or confirmed for fewer attempts than there are now: refused, nothing lost.
    for (const confirmAttempts of [undefined, 1]) {
      await expect(
        teacher.api.assignment.delete({ assignmentId: assignment.id, confirmAttempts }),
      ).rejects.toMatchObject({ message: "ASSIGNMENT_HAS_ATTEMPTS" });
    }
    expect((await traces(assignment.id)).answers).toBe(6);
    const other = await signedIn(t, "TEACHER", "Mr Other");
    await expect(
      other.api.assignment.delete({ assignmentId: assignment.id, confirmAttempts: 2 }),
    ).rejects.toMatchObject({ message: "ASSIGNMENT_NOT_FOUND" });

    await teacher.api.assignment.delete({ assignmentId: assignment.id, confirmAttempts: 2 });
    expect(await traces(assignment.id)).toMatchObject({ attempts: 0, answers: 0, keyReleases: 0 });
    const audit = await t.db.auditEntry.findFirst({
      where: { action: "assignment.delete", actorId: teacher.user.id },
    });
    expect(audit?.details).toMatchObject({ assignmentId: assignment.id, attempts: 2, students: 2 });
  });
});

describe("editing a started assignment", () => {
  it("moves the due time for open attempts and never changes the items", async () => {
    const { teacher, students, assignment } = await setup({ feedback: "AFTER_DUE" });
    const { id } = await students[0]!.api.assignment.start({ assignmentId: assignment.id });
    const dueAt = hoursFromNow(48);
    const updated = await teacher.api.assignment.update({
      assignmentId: assignment.id,
      dueAt,
      title: "改名",
    });
    expect(updated).toMatchObject({ dueAt, title: "改名", itemIds: PICKS });
    const mine = await students[0]!.api.assignment.mine();
    expect(mine[0]).toMatchObject({ dueAt, title: "改名", openAttemptId: id });
    // The items are not a setting: an update that names them is refused as a whole.
    await expect(
      teacher.api.assignment.update({ assignmentId: assignment.id, itemIds: [] } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("preview as a student", () => {
  it("presents the items as an attempt does, checks answers with the corrections, and records nothing", async () => {
    const { teacher, students, assignment } = await setup({ timeLimitMinutes: 10 });
    await teacher.api.assignment.adjustItem({
      assignmentId: assignment.id,
      itemId: PICKS[2]!,
      action: "FULL_CREDIT",
      reason: "unclear",
    });
    const before = await traces(assignment.id);
    const exposureBefore = await teacher.api.bank.list({});
    const preview = await teacher.api.assignment.preview({ assignmentId: assignment.id });
    expect(preview).toMatchObject({ title: "第一課測驗", timeLimitMinutes: 10, maxScore: 3 });
    expect(preview.items.map((i) => i.id)).toEqual(PICKS);
    // As a student's attempt shows them: no key in the item.
    expect(JSON.stringify(preview.items)).not.toMatch(/"answer"|"explanation"/);

    const [first, second] = PICKS.map((id) => getItem(id)!);
    const asShown = (item: typeof first, response: TResponse) =>
      responseToClient(item!, preview.seed, response);
    const checked = await teacher.api.assignment.checkPreview({
      assignmentId: assignment.id,
      seed: preview.seed,
      responses: [
        { itemId: first!.id, response: asShown(first, rightResponse(first!)) },
        { itemId: second!.id, response: asShown(second, wrongResponse(second!)) },
        { itemId: PICKS[2]!, response: null },
      ],
    });
    expect(checked.items.map((i) => i.result.correct)).toEqual([true, false, false]);
    expect(checked.items.map((i) => i.credit)).toEqual([1, 0, 1]);
    expect(checked.items.every((i) => i.reveal !== null)).toBe(true);
    expect(checked).toMatchObject({ score: 2, maxScore: 3 });

    expect(await traces(assignment.id)).toEqual(before);
    expect(await t.db.attempt.count({ where: { userId: teacher.user.id } })).toBe(0);
    expect(await teacher.api.bank.list({})).toEqual(exposureBefore);
    // The class's students see nothing new either.
    expect((await students[0]!.api.assignment.mine())[0]).toMatchObject({ attemptsUsed: 0 });
  });

  it("refuses other teachers, items outside the assignment and answers that do not fit", async () => {
    const { teacher, assignment } = await setup();
    const other = await signedIn(t, "TEACHER", "Mr Other");
    await expect(other.api.assignment.preview({ assignmentId: assignment.id })).rejects.toMatchObject({
      message: "ASSIGNMENT_NOT_FOUND",
    });
    const seed = "s";
    await expect(
      other.api.assignment.checkPreview({
        assignmentId: assignment.id,
        seed,
        responses: [{ itemId: PICKS[0]!, response: null }],
      }),
    ).rejects.toMatchObject({ message: "ASSIGNMENT_NOT_FOUND" });
    await expect(
      teacher.api.assignment.checkPreview({
        assignmentId: assignment.id,
        seed,
        responses: [{ itemId: STRANGER, response: null }],
      }),
    ).rejects.toMatchObject({ message: "ITEM_NOT_IN_ATTEMPT" });
    const item = getItem(PICKS[0]!)!;
    const misfit =
      item.type === "numeric" ? { type: "truefalse", value: true } : { type: "numeric", value: 1 };
    await expect(
      teacher.api.assignment.checkPreview({
        assignmentId: assignment.id,
        seed,
        responses: [{ itemId: item.id, response: misfit as never }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
