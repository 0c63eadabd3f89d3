import { getItem, items, type TLessonId, wrongResponse } from "@dc/content";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepAttempts } from "../src/attempts/sweep";
import { rightResponse, signedIn } from "./helpers";
import { classWithStudents, hoursFromNow } from "./teaching";

/*
 * Assessment integrity, tried as a student would, against the bank's real practice and assessment pools.
 */

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const assessmentIds = () => new Set(items.filter((i) => i.pool === "assessment").map((i) => i.id));
type TStudent = Awaited<ReturnType<typeof signedIn>>;

/**
 * Every item whose key, or whose right-or-wrong, an API answer carries: a reveal (`{ itemId, key }`)
 * anywhere in it, an attempt item with a `result` or `credit`, or an explanation's text.
 */
function learnedFrom(output: unknown, learned: Set<string>) {
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== "object" || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.itemId === "string" && "key" in record) learned.add(record.itemId);
    const item = record.item as { id?: unknown } | undefined;
    if (item && typeof item.id === "string" && (record.result || typeof record.credit === "number"))
      learned.add(item.id);
    Object.values(record).forEach(walk);
  };
  walk(output);
  const text = JSON.stringify(output);
  for (const item of items) if (text.includes(item.explanation.zh)) learned.add(item.id);
}

/** A scripted student runs every self-serve path it can reach and returns the keys it learned. */
async function harvest(student: TStudent, rounds = 2) {
  const { raw: api } = student;
  const learned = new Set<string>();
  const seen = (output: unknown) => {
    learnedFrom(output, learned);
    return output;
  };
  const answerFirst = async (attemptId: string, check: boolean) => {
    const view = seen(await api.attempt.get({ attemptId })) as Awaited<ReturnType<typeof api.attempt.get>>;
    for (const entry of view.items) {
      const pub = entry.item;
      const response =
        pub.type === "single"
          ? { type: "single" as const, choice: pub.choices[0]!.id }
          : pub.type === "truefalse"
            ? { type: "truefalse" as const, value: true }
            : pub.type === "numeric"
              ? { type: "numeric" as const, value: "1" }
              : null;
      if (!response) continue;
      const input = { attemptId, itemId: pub.id, response, revision: 1 };
      seen(await (check ? api.attempt.check(input) : api.attempt.save(input)).catch((e: unknown) => e));
    }
    return view;
  };
  // A patient student waits out the start and check limits (simulated by clearing their counters):
  // the limits slow a harvest down, but keys must not leak however long one takes.
  const waitOutLimits = () =>
    t.db.rateLimit.deleteMany({ where: { key: { endsWith: `:${student.user.id}` } } });
  for (let round = 0; round < rounds; round++) {
    for (const lessonId of [0, 1, 2, 3, 4, 5] as const) {
      await waitOutLimits();
      const practice = await api.attempt.startLesson({ kind: "PRACTICE", lessonId });
      await answerFirst(practice.id, true);
      seen(await api.attempt.submit({ attemptId: practice.id }));
      for (let quiz = 0; quiz < 3; quiz++) {
        const started = await api.attempt.startLesson({ kind: "QUIZ", lessonId });
        await answerFirst(started.id, false);
        seen(await api.attempt.submit({ attemptId: started.id }));
      }
    }
    seen(await api.review.summary());
    const review = await api.review.start().catch(() => null);
    if (review) {
      await answerFirst(review.id, true);
      seen(await api.attempt.submit({ attemptId: review.id }));
    }
    for (const a of seen(await api.assignment.mine()) as Awaited<ReturnType<typeof api.assignment.mine>>) {
      for (const past of a.attempts) seen(await api.attempt.get({ attemptId: past.attemptId }));
      const started = await api.assignment.start({ assignmentId: a.id }).catch(() => null);
      if (!started) continue;
      await answerFirst(started.id, true); // practice-style checking of an assignment (refused)
      await answerFirst(started.id, false);
      seen(await api.attempt.submit({ attemptId: started.id }));
      seen(await api.attempt.get({ attemptId: started.id }));
    }
    seen(await api.attempt.recent());
    seen(await api.progress.dashboard({ tzOffsetMinutes: 0 }));
  }
  return learned;
}

const inAssessment = (ids: Iterable<string>) => [...ids].filter((id) => assessmentIds().has(id));

describe("the key harvest", () => {
  it("learns no assessment key before release, and after release only the releasing assignment's", async () => {
    expect(assessmentIds().size).toBeGreaterThan(50);
    const { teacher, cls, students } = await classWithStudents(t, 1);
    const student = students[0]!;
    const draw = (lessonIds: TLessonId[], itemCount: number) => ({
      mode: "draw" as const,
      lessonIds,
      skills: ["dates", "figures", "logic", "terms"] as const as ("dates" | "figures" | "logic" | "terms")[],
      itemCount,
    });
    const never = await teacher.api.assignment.create({
      classId: cls.id,
      title: "Never",
      selection: draw([1, 2], 10),
      maxAttempts: 3,
      feedback: "NEVER",
      scoreRelease: "NEVER",
      dueAt: hoursFromNow(24),
    });
    const afterDue = await teacher.api.assignment.create({
      classId: cls.id,
      title: "After due",
      selection: draw([3, 4], 8),
      maxAttempts: 2,
      feedback: "AFTER_DUE",
      opensAt: hoursFromNow(-2),
      dueAt: hoursFromNow(24),
    });
    for (const a of [never, afterDue]) expect(inAssessment(a.itemIds)).toHaveLength(a.itemIds.length);

    const before = await harvest(student);
    expect(before.size).toBeGreaterThan(20); // practice keys are meant to teach
    expect(inAssessment(before)).toEqual([]);
    // Nothing of theirs was released, so the bank shows no exposure yet.
    const bank = await teacher.api.bank.list({ pool: "assessment" });
    expect(bank.every((row) => row.exposedTo === 0)).toBe(true);

    // Released at once on submission: only that assignment's items.
    const immediate = await teacher.api.assignment.create({
      classId: cls.id,
      title: "Immediate",
      selection: draw([0, 5], 6),
      dueAt: hoursFromNow(24),
    });
    const afterImmediate = await harvest(student, 1);
    expect(inAssessment(afterImmediate).sort()).toEqual([...immediate.itemIds].sort());

    // The due time passes: the AFTER_DUE assignment's keys are released too, and no others.
    await teacher.api.assignment.update({ assignmentId: afterDue.id, dueAt: hoursFromNow(-1) });
    const afterDuePassed = await harvest(student, 1);
    expect(inAssessment(afterDuePassed).sort()).toEqual([...immediate.itemIds, ...afterDue.itemIds].sort());

    // Exposure: one student has had each released key, none of the NEVER assignment's.
    const exposure = new Map(
      (await teacher.api.bank.list({ pool: "assessment" })).map((row) => [row.id, row.exposedTo]),
    );
    for (const id of [...immediate.itemIds, ...afterDue.itemIds]) expect(exposure.get(id)).toBe(1);
    for (const id of never.itemIds) expect(exposure.get(id)).toBe(0);
  }, 180_000); // four harvests of every self-serve path: slow on a shared 2-core machine
});

describe("choice order per attempt", () => {
  it("gives two students the same question with different choice orders and opaque ids", async () => {
    const single = items.filter((i) => i.type === "single" && i.pool === "assessment").slice(0, 12);
    const { teacher, cls, students } = await classWithStudents(t, 2);
    const a = await teacher.api.assignment.create({
      classId: cls.id,
      title: "Order",
      selection: { mode: "pick", itemIds: single.map((i) => i.id) },
      dueAt: hoursFromNow(24),
    });
    const views = [];
    for (const s of students) {
      const { id } = await s.raw.assignment.start({ assignmentId: a.id });
      views.push(await s.raw.attempt.get({ attemptId: id }));
    }
    const orders = views.map((v) =>
      single.map((item) => {
        const shown = v.items.find((e) => e.item.id === item.id)!.item;
        if (shown.type !== "single") throw new Error("type");
        const bankIds = new Set(item.type === "single" ? item.choices.map((c) => c.id) : []);
        expect(shown.choices.some((c) => bankIds.has(c.id))).toBe(false);
        return shown.choices.map((c) => c.text.zh).join("|");
      }),
    );
    expect(orders[0]!.filter((order, i) => order !== orders[1]![i]).length).toBeGreaterThan(0);
    // Stable across reloads.
    const again = await students[0]!.raw.attempt.get({ attemptId: views[0]!.id });
    expect(again.items.map((e) => e.item)).toEqual(views[0]!.items.map((e) => e.item));
  });

  it("scores an answer sent under the attempt's ids, and refuses the bank's letters", async () => {
    const student = await signedIn(t);
    // A quiz's ten items are drawn at random: take the first lesson whose quiz drew a single choice.
    let found: {
      id: string;
      entry: Awaited<ReturnType<typeof student.raw.attempt.get>>["items"][number];
    } | null = null;
    for (const lessonId of [1, 2, 3, 4, 5] as const) {
      const { id } = await student.raw.attempt.startLesson({ kind: "QUIZ", lessonId });
      const view = await student.raw.attempt.get({ attemptId: id });
      const entry = view.items.find((e) => e.item.type === "single");
      if (entry) {
        found = { id, entry };
        break;
      }
    }
    if (!found) throw new Error("no lesson quiz drew a single-choice item");
    const { id, entry } = found;
    const item = getItem(entry.item.id)!;
    if (item.type !== "single" || entry.item.type !== "single") throw new Error("type");
    const keyText = item.choices.find((c) => c.id === item.answer)!.text.zh;
    const shownKey = entry.item.choices.find((c) => c.text.zh === keyText)!.id;
    await expect(
      student.raw.attempt.save({
        attemptId: id,
        itemId: item.id,
        response: { type: "single", choice: item.answer },
        revision: 1,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await student.raw.attempt.save({
      attemptId: id,
      itemId: item.id,
      response: { type: "single", choice: shownKey },
      revision: 2,
    });
    const done = await student.raw.attempt.submit({ attemptId: id });
    const scored = done.items.find((e) => e.item.id === item.id)!;
    expect(scored.result).toEqual({ score: 1, correct: true });
    expect(scored.reveal?.key).toBe(shownKey);
    expect(scored.answer?.response).toEqual({ type: "single", choice: shownKey });
    // Stored in bank ids, for the teacher's views and regrades.
    const stored = await t.db.answer.findUniqueOrThrow({
      where: { attemptId_itemId: { attemptId: id, itemId: item.id } },
    });
    expect(stored.response).toEqual({ type: "single", choice: item.answer });
  });
});

/** A teacher's assignment of `n` assessment items, taken by each student: right on even positions. */
async function assigned(over: Record<string, unknown>, n = 4) {
  const c = await classWithStudents(t, 1);
  const picked = items.filter((i) => i.pool === "assessment" && i.lessonId === 2).slice(0, n);
  const a = await c.teacher.api.assignment.create({
    classId: c.cls.id,
    title: "Release",
    selection: { mode: "pick", itemIds: picked.map((i) => i.id) },
    shuffle: false,
    dueAt: hoursFromNow(24),
    opensAt: hoursFromNow(-2),
    ...over,
  });
  const student = c.students[0]!;
  const { id } = await student.api.assignment.start({ assignmentId: a.id });
  for (const [index, item] of picked.entries()) {
    const response = index % 2 === 0 ? rightResponse(item) : wrongResponse(item);
    await student.api.attempt.save({ attemptId: id, itemId: item.id, response, revision: 1 });
  }
  const submitted = await student.api.attempt.submit({ attemptId: id });
  return { ...c, student, a, attemptId: id, submitted, picked };
}

describe("score release", () => {
  it("hides the score and each item's right or wrong under 'never', while keys follow their own setting", async () => {
    const { student, teacher, a, submitted } = await assigned({
      feedback: "IMMEDIATE",
      scoreRelease: "NEVER",
    });
    expect(submitted).toMatchObject({ score: null, scoreWithheld: true, feedbackWithheld: false });
    for (const entry of submitted.items) {
      expect(entry.reveal).not.toBeNull();
      expect(entry.result).toBeNull();
      expect(entry.credit).toBeNull();
    }
    const mine = (await student.api.assignment.mine()).find((m) => m.id === a.id)!;
    expect(mine).toMatchObject({ scoresShown: false, scoreRelease: "NEVER" });
    expect(mine.best).toMatchObject({ score: null, percent: null });
    expect(mine.attempts.every((x) => x.score === null && x.percent === null)).toBe(true);
    // The teacher still sees the grade.
    const results = await teacher.api.results.assignment({ assignmentId: a.id });
    expect(results.students[0]!.score).toBe(2);
  });

  it("shows the score only after the due time under 'after due'", async () => {
    const { student, teacher, a, attemptId } = await assigned({
      feedback: "NEVER",
      scoreRelease: "AFTER_DUE",
    });
    const before = await student.api.attempt.get({ attemptId });
    expect(before).toMatchObject({ score: null, scoreWithheld: true, feedbackWithheld: true });
    expect(before.items.every((e) => e.result === null && e.reveal === null)).toBe(true);
    await teacher.api.assignment.update({ assignmentId: a.id, dueAt: hoursFromNow(-1) });
    const after = await student.api.attempt.get({ attemptId });
    expect(after).toMatchObject({ score: 2, scoreWithheld: false, feedbackWithheld: true });
    // Keys still withheld: the score is the total only, no item's right or wrong.
    expect(after.items.every((e) => e.result === null && e.reveal === null && e.credit === null)).toBe(true);
    expect((await student.api.assignment.mine()).find((m) => m.id === a.id)!.best).toMatchObject({
      score: 2,
      percent: 50,
    });
  });
});

describe("the student's dashboard", () => {
  it("counts a withheld assignment neither in its scores nor in mastery or activity", async () => {
    const { student, teacher, a } = await assigned({ feedback: "NEVER", scoreRelease: "NEVER" });
    const dashboard = () => student.api.progress.dashboard({ tzOffsetMinutes: 480 });
    const withheld = await dashboard();
    expect(withheld.scores).toEqual([]);
    expect(withheld.skills.reduce((n, s) => n + s.answered, 0)).toBe(0);
    expect(withheld.activity.reduce((n, d) => n + d.answers, 0)).toBe(0);
    // Once the keys and the scores are out, the same work counts.
    await teacher.api.assignment.update({
      assignmentId: a.id,
      feedback: "IMMEDIATE",
      scoreRelease: "IMMEDIATE",
    });
    await sweepAttempts(t.db); // the scheduled sweep releases the keys that fell due
    const released = await dashboard();
    expect(released.scores).toHaveLength(1);
    expect(released.skills.reduce((n, s) => n + s.answered, 0)).toBe(4);
  });
});

describe("review gating", () => {
  it("offers an assignment's items only once their keys are released to that student", async () => {
    const { student, teacher, a, picked } = await assigned({ feedback: "AFTER_DUE" });
    expect(await student.api.review.summary()).toMatchObject({ total: 0, due: 0 });
    await expect(student.api.review.start()).rejects.toMatchObject({ message: "NOTHING_DUE" });
    await teacher.api.assignment.update({ assignmentId: a.id, dueAt: hoursFromNow(-1) });
    await sweepAttempts(t.db); // the scheduled sweep releases the keys that fell due
    const summary = await student.api.review.summary();
    expect(summary.total).toBe(picked.length);
    const review = await student.api.review.start();
    const view = await student.api.attempt.get({ attemptId: review.id });
    // The missed items (every second one) come back now; the right ones are spaced into the days ahead.
    const missed = picked.filter((_, index) => index % 2 === 1).map((i) => i.id);
    expect(view.items.map((e) => e.item.id).sort()).toEqual(missed.sort());
  });

  it("never offers the items of a 'never' assignment, even after its due time", async () => {
    const { student, teacher, a } = await assigned({ feedback: "NEVER" });
    await teacher.api.assignment.update({ assignmentId: a.id, dueAt: hoursFromNow(-1) });
    expect(await student.api.review.summary()).toMatchObject({ total: 0 });
    await expect(student.api.review.start()).rejects.toMatchObject({ message: "NOTHING_DUE" });
  });
});

describe("one final check", () => {
  it("decides concurrent practice checks once: the same result for all, one review update", async () => {
    const student = await signedIn(t);
    const { id } = await student.api.attempt.startLesson({ kind: "PRACTICE", lessonId: 2 });
    const view = await student.api.attempt.get({ attemptId: id });
    const item = getItem(view.items[0]!.item.id)!;
    const responses = [rightResponse(item), wrongResponse(item), rightResponse(item), wrongResponse(item)];
    const results = await Promise.all(
      responses.map((response) =>
        student.api.attempt.check({ attemptId: id, itemId: item.id, response, revision: 1 }),
      ),
    );
    for (const r of results) {
      expect(r.result).toEqual(results[0]!.result);
      expect(r.response).toEqual(results[0]!.response);
    }
    const card = await t.db.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: student.user.id, itemId: item.id } },
    });
    expect(card.reps).toBe(1);
    const answer = await t.db.answer.findUniqueOrThrow({
      where: { attemptId_itemId: { attemptId: id, itemId: item.id } },
    });
    expect({ score: answer.score, correct: answer.correct }).toEqual(results[0]!.result);
  });
});

describe("class membership", () => {
  it("closes a removed student's open attempt and scores it as it stands; saves and submits then change nothing", async () => {
    const { teacher, cls, students } = await classWithStudents(t, 2);
    const picked = items.filter((i) => i.pool === "assessment").slice(0, 3);
    const a = await teacher.api.assignment.create({
      classId: cls.id,
      title: "Open",
      selection: { mode: "pick", itemIds: picked.map((i) => i.id) },
      dueAt: hoursFromNow(24),
    });
    const [gone, stays] = students as [TStudent, TStudent];
    const { id } = await gone.api.assignment.start({ assignmentId: a.id });
    const other = await stays.api.assignment.start({ assignmentId: a.id });
    await gone.api.attempt.save({
      attemptId: id,
      itemId: picked[0]!.id,
      response: rightResponse(picked[0]!),
      revision: 1,
    });

    const removed = await teacher.api.class.removeStudent({ classId: cls.id, studentId: gone.user.id });
    expect(removed).toMatchObject({ removed: true, attemptsClosed: 1 });
    const closed = await t.db.attempt.findUniqueOrThrow({ where: { id } });
    expect(closed).toMatchObject({ status: "SUBMITTED", autoSubmitted: true, score: 1, maxScore: 3 });
    await expect(
      gone.api.attempt.save({
        attemptId: id,
        itemId: picked[1]!.id,
        response: rightResponse(picked[1]!),
        revision: 1,
      }),
    ).rejects.toMatchObject({ message: "ATTEMPT_SUBMITTED" });
    await gone.api.attempt.submit({ attemptId: id });
    expect(await t.db.attempt.findUniqueOrThrow({ where: { id } })).toMatchObject({ score: 1 });
    await expect(gone.api.assignment.start({ assignmentId: a.id })).rejects.toMatchObject({
      message: "ASSIGNMENT_NOT_FOUND",
    });
    // The others keep working.
    expect(await t.db.attempt.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      status: "IN_PROGRESS",
    });

    // Archiving the class closes every open attempt of its assignments.
    await teacher.api.class.archive({ classId: cls.id, archived: true });
    expect(await t.db.attempt.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      status: "SUBMITTED",
      autoSubmitted: true,
      score: 0,
    });
    await expect(
      stays.api.attempt.save({
        attemptId: other.id,
        itemId: picked[0]!.id,
        response: rightResponse(picked[0]!),
        revision: 1,
      }),
    ).rejects.toMatchObject({ message: "ATTEMPT_SUBMITTED" });
  });
});

describe("the new-assignment form's pools", () => {
  it("draws assessment items by default and practice items when asked, and counts both pools", async () => {
    const { teacher, cls } = await classWithStudents(t, 0);
    const base = { classId: cls.id, title: "Pools", dueAt: hoursFromNow(24) };
    const selection = {
      mode: "draw" as const,
      lessonIds: [1 as const],
      skills: ["dates" as const],
      itemCount: 2,
    };
    const byDefault = await teacher.api.assignment.create({ ...base, selection });
    expect(byDefault.itemIds.every((id) => getItem(id)!.pool === "assessment")).toBe(true);
    const practice = await teacher.api.assignment.create({
      ...base,
      selection: { ...selection, pool: "practice" },
    });
    expect(practice.itemIds.every((id) => getItem(id)!.pool === "practice")).toBe(true);
    const summary = await teacher.api.bank.summary();
    // A draw never takes a written item (a teacher picks those by hand), so the pools count without them.
    const drawable = items.filter((i) => i.type !== "written");
    expect(summary.poolTotals.assessment + summary.poolTotals.practice).toBe(drawable.length);
    expect(summary.total).toBe(items.length);
    expect(summary.rows[1]!.pools.assessment.bySkill.dates).toBe(
      drawable.filter((i) => i.pool === "assessment" && i.lessonId === 1 && i.skill === "dates").length,
    );
  });
});
