import { items, type TItem, wrongResponse } from "@dc/content";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, createCaller } from "../src";
import { sweepAttempts } from "../src/attempts/sweep";
import { rightResponse, signedIn } from "./helpers";
import { classWithStudents, hoursFromNow } from "./teaching";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

type Of<K extends TItem["type"]> = Extract<TItem, { type: K }>;
const single = items.find(
  (i): i is Of<"single"> =>
    i.type === "single" && i.choices.some((c) => c.misconception && c.id !== i.answer),
)!;
const tagged = single.choices.find((c) => c.misconception && c.id !== single.answer)!;
const falseStatement = items.find(
  (i): i is Of<"truefalse"> => i.type === "truefalse" && !i.answer && !!i.misconception,
)!;
const numeric = items.find((i): i is Of<"numeric"> => i.type === "numeric")!;
const cloze = items.find((i): i is Of<"cloze"> => i.type === "cloze" && !i.options)!;
const picked = [single, falseStatement, numeric, cloze];

type TStudent = Awaited<ReturnType<typeof signedIn>>;

async function take(s: TStudent, assignmentId: string, responses: Record<string, unknown>, submit = true) {
  const { id } = await s.api.assignment.start({ assignmentId });
  for (const [itemId, response] of Object.entries(responses)) {
    await s.api.attempt.save({ attemptId: id, itemId, response: response as never, revision: 1 });
  }
  if (submit) await s.api.attempt.submit({ attemptId: id });
  return id;
}

/**
 * A class of three: A answers everything right; B picks the tagged distractor, calls the false
 * statement true, gets the number right and leaves the cloze blank (1 of 4); C is still working.
 */
async function scenario() {
  const c = await classWithStudents(t, 3);
  const [a, b, cc] = c.students as [TStudent, TStudent, TStudent];
  const assignment = await c.teacher.api.assignment.create({
    classId: c.cls.id,
    title: '測驗, "一"',
    selection: { mode: "pick", itemIds: picked.map((i) => i.id) },
    shuffle: false,
    timeLimitMinutes: 30,
    dueAt: hoursFromNow(2),
  });
  const aAttempt = await take(
    a,
    assignment.id,
    Object.fromEntries(picked.map((i) => [i.id, rightResponse(i)])),
  );
  const bAttempt = await take(b, assignment.id, {
    [single.id]: { type: "single", choice: tagged.id },
    [falseStatement.id]: { type: "truefalse", value: true },
    [numeric.id]: rightResponse(numeric),
  });
  const cAttempt = await take(cc, assignment.id, { [numeric.id]: wrongResponse(numeric) }, false);
  return { ...c, a, b, c: cc, assignment, aAttempt, bAttempt, cAttempt };
}

describe("gradebook", () => {
  it("shows students by assignments with scores, statuses and live progress of open attempts", async () => {
    const s = await scenario();
    const book = await s.teacher.api.results.gradebook({ classId: s.cls.id });
    expect(book.assignments).toHaveLength(1);
    expect(book.assignments[0]).toMatchObject({
      id: s.assignment.id,
      submitted: 2,
      inProgress: 1,
      missed: 0,
      averagePercent: 62.5,
    });
    const cell = (student: TStudent) => book.rows.find((r) => r.student.id === student.user.id)!.cells[0]!;
    expect(cell(s.a)).toMatchObject({
      status: "SUBMITTED",
      score: 4,
      maxScore: 4,
      percent: 100,
      late: false,
      open: null,
    });
    expect(cell(s.b)).toMatchObject({
      status: "SUBMITTED",
      score: 1,
      percent: 25,
      countedAttemptId: s.bAttempt,
    });
    expect(cell(s.c)).toMatchObject({
      status: "IN_PROGRESS",
      score: null,
      open: { attemptId: s.cAttempt, answered: 1, itemCount: 4 },
    });
    expect(book.rows.map((r) => r.student.name)).toEqual(["Student A", "Student B", "Student C"]);

    // C's time runs out with the tab closed: the scheduled sweep finalises it, the next poll counts it.
    await t.db.attempt.update({
      where: { id: s.cAttempt },
      data: { deadline: new Date(Date.now() - 60_000) },
    });
    await sweepAttempts(t.db);
    const next = await s.teacher.api.results.gradebook({ classId: s.cls.id });
    expect(next.rows[2]!.cells[0]).toMatchObject({ status: "SUBMITTED", score: 0, percent: 0, open: null });
    expect(await t.db.attempt.findUniqueOrThrow({ where: { id: s.cAttempt } })).toMatchObject({
      autoSubmitted: true,
    });
  });

  it("flags late and missing work", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 2);
    const a = await teacher.api.assignment.create({
      classId: cls.id,
      title: "Past due",
      selection: { mode: "pick", itemIds: [numeric.id] },
      opensAt: hoursFromNow(-3),
      dueAt: hoursFromNow(-1),
    });
    await take(students[0]!, a.id, { [numeric.id]: rightResponse(numeric) });
    const book = await teacher.api.results.gradebook({ classId: cls.id });
    expect(book.rows[0]!.cells[0]).toMatchObject({
      status: "LATE",
      late: true,
      missing: false,
      percent: 100,
    });
    expect(book.rows[1]!.cells[0]).toMatchObject({
      status: "MISSED",
      late: false,
      missing: true,
      percent: null,
    });
    expect(book.assignments[0]).toMatchObject({ late: 1, missed: 1 });
  });

  it("costs the same number of queries for a class of 2 as for a class of 8", async () => {
    const count = async (n: number) => {
      const { teacher, cls, students } = await classWithStudents(t, n);
      for (let k = 0; k < 2; k++) {
        const a = await teacher.api.assignment.create({
          classId: cls.id,
          title: `A${k}`,
          selection: { mode: "pick", itemIds: [numeric.id, single.id] },
          dueAt: hoursFromNow(1),
        });
        for (const s of students)
          await take(s, a.id, { [numeric.id]: rightResponse(numeric) }, s !== students[0]);
      }
      let ops = 0;
      const db = t.db.$extends({
        query: {
          $allOperations({ args, query }) {
            ops++;
            return query(args);
          },
        },
      }) as unknown as typeof t.db;
      const api = createCaller(createContext({ db, session: teacher.session }));
      const book = await api.results.gradebook({ classId: cls.id });
      expect(book.rows).toHaveLength(n);
      return ops;
    };
    const small = await count(2);
    const large = await count(8);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(8);
  });
});

describe("assignment results", () => {
  it("gives the distribution, each student's attempts, the item analysis and the misconceptions", async () => {
    const s = await scenario();
    await s.c.api.attempt.submit({ attemptId: s.cAttempt });
    const r = await s.teacher.api.results.assignment({ assignmentId: s.assignment.id });
    expect(r.summary).toMatchObject({ students: 3, submitted: 3, inProgress: 0, analysed: 3 });
    expect(r.distribution).toMatchObject({ n: 3, median: 25 });
    expect(r.distribution.mean).toBeCloseTo(125 / 3, 10);
    expect(r.distribution.bins.map((b) => b.count)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 1]);

    const item = (id: string) => r.items.find((i) => i.itemId === id)!;
    // single: A right, B the tagged distractor, C blank
    expect(item(single.id)).toMatchObject({ position: 1, n: 3, answered: 2, blank: 1, facility: 1 / 3 });
    expect(item(single.id).choices!.find((c) => c.id === tagged.id)).toMatchObject({
      count: 1,
      share: 1 / 3,
      misconception: tagged.misconception,
      correct: false,
    });
    expect(item(single.id).choices!.find((c) => c.id === single.answer)).toMatchObject({
      count: 1,
      correct: true,
    });
    // numeric: A and B right, C wrong -> 2/3; its wrong answer is listed as typed
    expect(item(numeric.id).facility).toBeCloseTo(2 / 3, 10);
    const typed = (wrongResponse(numeric) as { value: string }).value;
    expect(item(numeric.id).commonWrong).toEqual([{ response: typed, count: 1, credit: 0 }]);
    // totals A 4, B 1, C 0; single x = 1 0 0, rest = 3 1 0: Sxy 5/3, Sxx 2/3, Syy 14/3 -> r = 5/sqrt(28)
    expect(item(single.id).pointBiserial).toBeCloseTo(5 / Math.sqrt(28), 6);
    expect(item(single.id).upperLower).toBe(1);
    // Three students: too few for a reliability figure.
    expect(r.analysis).toMatchObject({
      attempts: "FIRST",
      reliability: { status: "TOO_FEW_ATTEMPTS", n: 3, items: 4, alpha: null, sem: null },
    });

    expect(r.misconceptions.map((m) => m.tag).sort()).toEqual(
      [falseStatement.misconception!, tagged.misconception!].sort(),
    );
    expect(r.misconceptions.every((m) => m.students === 1 && m.responses === 1)).toBe(true);

    const b = r.students.find((x) => x.student.id === s.b.user.id)!;
    expect(b).toMatchObject({ status: "SUBMITTED", percent: 25, attemptsAllowed: 1 });
    expect(b.attempts).toEqual([
      expect.objectContaining({ attemptId: s.bAttempt, number: 1, answered: 3, late: false }),
    ]);
  });

  it("shows one attempt in detail: responses in words, keys and scores", async () => {
    const s = await scenario();
    const d = await s.teacher.api.results.attempt({ attemptId: s.bAttempt });
    expect(d).toMatchObject({
      number: 1,
      student: { id: s.b.user.id },
      status: "SUBMITTED",
      score: 1,
      maxScore: 4,
      percent: 25,
    });
    expect(d.items.map((i) => i.item.id)).toEqual(picked.map((i) => i.id));
    expect(d.items[0]).toMatchObject({
      responseText: { zh: tagged.text.zh },
      correct: false,
      score: 0,
      credit: 0,
      reveal: { key: single.answer },
    });
    expect(d.items[3]).toMatchObject({ response: null, responseText: null, score: 0, credit: 0 });
    const open = await s.teacher.api.results.attempt({ attemptId: s.cAttempt });
    expect(open).toMatchObject({ status: "IN_PROGRESS", score: null });
    expect(open.items[2]).toMatchObject({ score: null, response: wrongResponse(numeric) });
  });

  it("shows class mastery by skill, lesson and paragraph, per student, and the weakest items", async () => {
    const s = await scenario();
    const m = await s.teacher.api.results.mastery({ classId: s.cls.id });
    expect(m).toMatchObject({ studentCount: 3, scope: "ALL" });
    expect(m.skills.map((x) => x.skill)).toEqual(["dates", "figures", "logic", "terms"]);
    expect(m.paragraphs.length).toBeGreaterThan(20);
    // the numeric item: A 1, B 1 (C's attempt is open, so not scored yet) -> 1
    const para = m.paragraphs.find((p) => p.paragraphId === numeric.source.paragraphId)!;
    expect(para.answered).toBeGreaterThanOrEqual(1);
    const a = m.students.find((x) => x.student.id === s.a.user.id)!;
    expect(a).toMatchObject({ mastery: 1, answered: 4, level: "secure" });
    const c = m.students.find((x) => x.student.id === s.c.user.id)!;
    expect(c).toMatchObject({ mastery: null, answered: 0, level: "unseen" });
    // the single item and the false statement: A right, B wrong (C's open attempt is not scored yet)
    expect(
      m.weakItems
        .slice(0, 2)
        .map((w) => w.itemId)
        .sort(),
    ).toEqual([single.id, falseStatement.id].sort());
    expect(m.weakItems[0]).toMatchObject({ mastery: 0.5, students: 2 });
    const onlyAssignments = await s.teacher.api.results.mastery({ classId: s.cls.id, scope: "ASSIGNMENTS" });
    expect(onlyAssignments.students.find((x) => x.student.id === s.a.user.id)!.answered).toBe(4);
  });
});

describe("CSV exports", () => {
  it("gradebook: BOM, CRLF, quoted awkward fields, inert formulas, Chinese intact", async () => {
    const { teacher, cls } = await classWithStudents(t, 0, "中四甲班");
    const odd = await signedIn(t, "STUDENT", 'Chan, "Tai Man"');
    const evil = await signedIn(t, "STUDENT", "=HYPERLINK(1)");
    for (const s of [odd, evil]) await s.api.class.join({ code: cls.joinCode });
    const a = await teacher.api.assignment.create({
      classId: cls.id,
      title: "第一課, 日期",
      selection: { mode: "pick", itemIds: [numeric.id, single.id] },
      dueAt: hoursFromNow(1),
    });
    await take(odd, a.id, { [numeric.id]: rightResponse(numeric) });
    const csv = await teacher.api.results.gradebookCsv({ classId: cls.id });
    expect(csv.filename).toMatch(/^gradebook-中四甲班-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.content.startsWith("\uFEFF")).toBe(true);
    const lines = csv.content.slice(1).split("\r\n");
    expect(lines).toEqual([
      'No.,Name,Email,"第一課, 日期 (%)","第一課, 日期 status"',
      `,'=HYPERLINK(1),${evil.user.email},,not started`,
      `,"Chan, ""Tai Man""",${odd.user.email},50,submitted`,
      "",
    ]);
    const zh = await teacher.api.results.gradebookCsv({ classId: cls.id, lang: "zh" });
    expect(zh.content.slice(1).split("\r\n")[0]).toBe(
      '學號,姓名,電郵,"第一課, 日期 (%)","第一課, 日期 狀態"',
    );
  });

  it("responses: one row per student, attempt and item, readable responses", async () => {
    const s = await scenario();
    const csv = await s.teacher.api.results.responsesCsv({ assignmentId: s.assignment.id });
    expect(csv.filename).toMatch(/^responses-測驗,-一-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.rows).toBe(8); // A and B submitted 4 items each; C is still working
    const lines = csv.content.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "student,email,attempt,submitted at (UTC+00:00),submitted,item id,lesson,skill,type,prompt,response,choice ids,correct,score,adjustment,attempt (%),pass/fail",
    );
    const bRows = lines.filter((l) => l.startsWith("Student B,"));
    expect(bRows).toHaveLength(4);
    expect(bRows[0]).toContain(`,by the student,${single.id},${single.lessonId},`);
    expect(bRows[0]).toContain(`,${tagged.id},no,0,`);
    expect(bRows[1]).toContain(",True,,no,0,"); // B called the false statement true
    expect(bRows[3]).toMatch(/,,,no,0,,\d+(\.\d)?,$/); // blank cloze; no pass mark, so no pass or fail
    expect(bRows[0]).toMatch(/,1,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/);

    // In Chinese and in Hong Kong time: the screens' words, and a date a spreadsheet reads as a date.
    const zh = await s.teacher.api.results.responsesCsv({
      assignmentId: s.assignment.id,
      lang: "zh",
      tzOffset: 480,
    });
    const zhLines = zh.content.slice(1).split("\r\n");
    expect(zhLines[0]).toContain("學生,電郵,第幾次作答,交卷時間（UTC+08:00）,交卷方式");
    const zhB = zhLines.filter((l) => l.startsWith("Student B,"));
    expect(zhB[1]).toContain(",正確,,否,0,");
    expect(zhB[0]).toContain(
      `${tagged.text.zh.includes(",") ? `"${tagged.text.zh}"` : tagged.text.zh},${tagged.id},否,0,`,
    );
    const utcAt = bRows[0]!.split(",")[3]!;
    const hkAt = zhB[0]!.split(",")[3]!;
    expect(new Date(`${hkAt}Z`).getTime() - new Date(`${utcAt}Z`).getTime()).toBe(8 * 3_600_000);
  });
});

describe("which attempts the item analysis reads", () => {
  it("the first by default, the best (as graded) or the latest when the teacher asks", async () => {
    const c = await classWithStudents(t, 1);
    const [student] = c.students as [TStudent];
    const assignment = await c.teacher.api.assignment.create({
      classId: c.cls.id,
      title: "Twice",
      selection: { mode: "pick", itemIds: [single.id, numeric.id] },
      shuffle: false,
      maxAttempts: 3,
      dueAt: hoursFromNow(2),
    });
    const wrong = {
      [single.id]: { type: "single", choice: tagged.id },
      [numeric.id]: wrongResponse(numeric),
    };
    await take(student, assignment.id, wrong); // 0 of 2
    await take(student, assignment.id, {
      [single.id]: rightResponse(single),
      [numeric.id]: rightResponse(numeric),
    });
    await take(student, assignment.id, { ...wrong, [numeric.id]: rightResponse(numeric) }); // 1 of 2
    const facilityOf = async (attempts?: "FIRST" | "BEST" | "LATEST") => {
      const r = await c.teacher.api.results.assignment({ assignmentId: assignment.id, attempts });
      return [r.analysis.attempts, r.items.map((i) => i.facility)];
    };
    expect(await facilityOf()).toEqual(["FIRST", [0, 0]]);
    expect(await facilityOf("BEST")).toEqual(["BEST", [1, 1]]);
    expect(await facilityOf("LATEST")).toEqual(["LATEST", [0, 1]]);
    await expect(
      c.teacher.api.results.assignment({ assignmentId: assignment.id, attempts: "ALL" as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("correcting an item", () => {
  it("FULL_CREDIT, DROP, ACCEPT_ANSWER and REVERT regrade submitted attempts and report what changed", async () => {
    const s = await scenario();
    const adjust = (
      action: "FULL_CREDIT" | "DROP" | "ACCEPT_ANSWER" | "REVERT",
      itemId: string,
      acceptedKeys?: unknown[],
    ) =>
      s.teacher.api.assignment.adjustItem({
        assignmentId: s.assignment.id,
        itemId,
        action,
        reason: "題目有歧義",
        ...(acceptedKeys ? { acceptedKeys: acceptedKeys as never } : {}),
      });

    // Full credit on the single item: B 1 -> 2 of 4; A unchanged; C (open) not touched yet.
    const full = await adjust("FULL_CREDIT", single.id);
    expect(full).toMatchObject({ action: "FULL_CREDIT", attemptsRegraded: 2 });
    expect(full.changes).toEqual([
      expect.objectContaining({
        studentId: s.b.user.id,
        attemptId: s.bAttempt,
        oldScore: 1,
        oldMaxScore: 4,
        newScore: 2,
        newMaxScore: 4,
      }),
    ]);
    expect(await t.db.attempt.findUniqueOrThrow({ where: { id: s.bAttempt } })).toMatchObject({
      score: 2,
      maxScore: 4,
    });

    // Drop the false statement: out of everyone's points possible.
    const drop = await adjust("DROP", falseStatement.id);
    const byStudent = new Map(drop.changes.map((c) => [c.studentId, c]));
    expect(byStudent.get(s.a.user.id)).toMatchObject({
      oldScore: 4,
      oldMaxScore: 4,
      newScore: 3,
      newMaxScore: 3,
    });
    expect(byStudent.get(s.b.user.id)).toMatchObject({
      oldScore: 2,
      newScore: 2,
      oldMaxScore: 4,
      newMaxScore: 3,
    });

    // C submits after the corrections: scored with them.
    await s.c.api.attempt.save({
      attemptId: s.cAttempt,
      itemId: falseStatement.id,
      response: { type: "truefalse", value: false },
      revision: 1,
    });
    const cView = await s.c.api.attempt.submit({ attemptId: s.cAttempt });
    expect(cView).toMatchObject({ score: 1, maxScore: 3 }); // full credit on the single item; the dropped one is out
    expect(cView.items.find((i) => i.item.id === falseStatement.id)).toMatchObject({
      credit: null,
      adjustment: { action: "DROP", reason: "題目有歧義" },
    });
    expect(cView.items.find((i) => i.item.id === single.id)).toMatchObject({
      credit: 1,
      adjustment: { action: "FULL_CREDIT" },
    });

    // Revert the full credit, then accept the tagged distractor instead: B's answer is now right.
    await adjust("REVERT", single.id);
    expect(await t.db.attempt.findUniqueOrThrow({ where: { id: s.bAttempt } })).toMatchObject({
      score: 1,
      maxScore: 3,
    });
    const accept = await adjust("ACCEPT_ANSWER", single.id, [tagged.id]);
    expect(accept.changes).toEqual([
      expect.objectContaining({ studentId: s.b.user.id, oldScore: 1, newScore: 2, newMaxScore: 3 }),
    ]);
    const answerB = await t.db.answer.findUniqueOrThrow({
      where: { attemptId_itemId: { attemptId: s.bAttempt, itemId: single.id } },
    });
    expect(answerB).toMatchObject({ score: 1, correct: true });
    const results = await s.teacher.api.results.assignment({ assignmentId: s.assignment.id });
    expect(results.items.find((i) => i.itemId === single.id)).toMatchObject({
      facility: 2 / 3,
      adjustment: { action: "ACCEPT_ANSWER" },
    });
    expect(results.items.find((i) => i.itemId === falseStatement.id)).toMatchObject({ dropped: true });
    expect(results.misconceptions.map((m) => m.tag)).not.toContain(tagged.misconception); // accepted now, and the dropped item is out

    const log = await s.teacher.api.assignment.regrades({ assignmentId: s.assignment.id });
    expect(log.map((l) => l.action)).toEqual(["ACCEPT_ANSWER", "REVERT", "DROP", "FULL_CREDIT"]);
    expect(log[0]!.changes).toEqual(accept.changes);
    const got = await s.teacher.api.assignment.get({ assignmentId: s.assignment.id });
    expect(got.maxScore).toBe(3);
    expect(got.items[0]!.adjustment).toMatchObject({
      action: "ACCEPT_ANSWER",
      acceptedKeys: [tagged.id],
      reason: "題目有歧義",
    });
  });

  it("a submission racing a regrade is scored with the correction either way", async () => {
    for (let round = 0; round < 3; round++) {
      const s = await scenario();
      await Promise.all([
        s.c.api.attempt.submit({ attemptId: s.cAttempt }),
        s.teacher.api.assignment.adjustItem({
          assignmentId: s.assignment.id,
          itemId: falseStatement.id,
          action: "DROP",
          reason: "race",
        }),
      ]);
      const c = await t.db.attempt.findUniqueOrThrow({ where: { id: s.cAttempt } });
      expect(c).toMatchObject({ status: "SUBMITTED", maxScore: 3 });
    }
  });

  it("refuses corrections that do not fit, and changes nothing", async () => {
    const s = await scenario();
    const base = { assignmentId: s.assignment.id, reason: "x" };
    const bad = [
      [
        { ...base, itemId: items.find((i) => !picked.some((p) => p.id === i.id))!.id, action: "DROP" },
        "ITEM_NOT_IN_ASSIGNMENT",
      ],
      [{ ...base, itemId: single.id, action: "REVERT" }, "NO_ADJUSTMENT"],
      [{ ...base, itemId: single.id, action: "ACCEPT_ANSWER" }, "ACCEPTED_KEY_INVALID:EMPTY"],
      [
        { ...base, itemId: single.id, action: "ACCEPT_ANSWER", acceptedKeys: ["zz"] },
        "ACCEPTED_KEY_INVALID:NOT_A_CHOICE",
      ],
      [
        { ...base, itemId: single.id, action: "ACCEPT_ANSWER", acceptedKeys: [single.answer] },
        "ACCEPTED_KEY_INVALID:ALREADY_THE_KEY",
      ],
      [
        { ...base, itemId: single.id, action: "DROP", acceptedKeys: ["a"] },
        "ACCEPTED_KEY_INVALID:ONLY_WITH_ACCEPT_ANSWER",
      ],
      [
        { ...base, itemId: numeric.id, action: "ACCEPT_ANSWER", acceptedKeys: ["12"] },
        "ACCEPTED_KEY_INVALID:NOT_A_NUMBER",
      ],
    ] as const;
    for (const [input, message] of bad) {
      await expect(s.teacher.api.assignment.adjustItem(input as never)).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message,
      });
    }
    await expect(
      s.teacher.api.assignment.adjustItem({ ...base, itemId: single.id, action: "DROP", reason: "" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await t.db.itemAdjustment.count({ where: { assignmentId: s.assignment.id } })).toBe(0);
    expect(await t.db.regradeLog.count({ where: { assignmentId: s.assignment.id } })).toBe(0);
  });
});
