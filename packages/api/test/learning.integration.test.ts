import { getItem, getLesson } from "@dc/content";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rightResponse, signedIn, signedOut } from "./helpers";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe("reading progress", () => {
  it("merges what two devices saw, keeps completion, and refuses paragraphs of other lessons", async () => {
    const { api } = await signedIn(t);
    const ids = getLesson(1)!.paragraphIds;
    await Promise.all([
      api.reading.save({ lessonId: 1, seenParagraphIds: [ids[0]!, ids[1]!], lastParagraphId: ids[1] }),
      api.reading.save({ lessonId: 1, seenParagraphIds: [ids[2]!] }),
    ]);
    let r = await api.reading.get({ lessonId: 1 });
    expect(new Set(r.seenParagraphIds)).toEqual(new Set(ids.slice(0, 3)));
    expect(r.fractionRead).toBeCloseTo(3 / ids.length);
    await api.reading.save({ lessonId: 1, seenParagraphIds: [], completed: true });
    await api.reading.save({ lessonId: 1, seenParagraphIds: [ids[3]!], completed: false });
    r = await api.reading.get({ lessonId: 1 });
    expect(r.completedAt).not.toBeNull();
    expect(r.fractionRead).toBe(1);
    await expect(api.reading.save({ lessonId: 1, seenParagraphIds: ["s4-p1"] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "UNKNOWN_PARAGRAPH:s4-p1",
    });
    await expect(api.reading.save({ lessonId: 9, seenParagraphIds: [] } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const list = await api.reading.list();
    expect(list.map((l) => l.lessonId)).toEqual([0, 1, 2, 3, 4, 5]);
    await expect(signedOut(t).reading.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("is private to each user", async () => {
    const a = await signedIn(t);
    const b = await signedIn(t);
    await a.api.reading.save({ lessonId: 2, seenParagraphIds: ["s2-p1"] });
    expect((await b.api.reading.get({ lessonId: 2 })).seenParagraphIds).toEqual([]);
  });
});

describe("review and dashboard", () => {
  it("puts missed items in the review queue, and the dashboard shows mastery, scores and due counts", async () => {
    const { api, user } = await signedIn(t);
    expect(await api.review.summary()).toMatchObject({ due: 0, total: 0 });
    await expect(api.review.start()).rejects.toMatchObject({ message: "NOTHING_DUE" });

    // A quiz with one item right and the rest skipped: the skipped ones are missed and due again soon.
    const quiz = await api.attempt.startLesson({ kind: "QUIZ", lessonId: 1 });
    const right = getItem((await api.attempt.get({ attemptId: quiz.id })).items[0]!.item.id)!;
    await api.attempt.save({
      attemptId: quiz.id,
      itemId: right.id,
      response: rightResponse(right),
      revision: 1,
    });
    const submitted = await api.attempt.submit({ attemptId: quiz.id });
    expect(submitted.score).toBe(1);
    const cards = await t.db.reviewCard.findMany({ where: { userId: user.id } });
    expect(cards).toHaveLength(10);
    // FSRS schedules "Again" minutes ahead; move time on by making them due now.
    await t.db.reviewCard.updateMany({
      where: { userId: user.id },
      data: { due: new Date(Date.now() - 1000) },
    });
    expect((await api.review.summary()).due).toBe(10);
    expect(cards.find((c) => c.itemId === right.id)?.lapses).toBe(0);

    const review = await api.review.start();
    expect((await api.review.start()).id).toBe(review.id);
    const view = await api.attempt.get({ attemptId: review.id });
    expect(view.kind).toBe("REVIEW");
    expect(new Set(view.items.map((i) => i.item.id))).toEqual(new Set(cards.map((c) => c.itemId)));

    // Answer one correctly in review: its card moves into the future.
    const first = getItem(view.items[0]!.item.id)!;
    await api.attempt.check({
      attemptId: review.id,
      itemId: first.id,
      response: rightResponse(first),
      revision: 1,
    });
    const card = await t.db.reviewCard.findUniqueOrThrow({
      where: { userId_itemId: { userId: user.id, itemId: first.id } },
    });
    expect(card.due.getTime()).toBeGreaterThan(Date.now());
    expect(card.reps).toBe(2);

    const dash = await api.progress.dashboard({ tzOffsetMinutes: 480 });
    expect(dash.lessons.find((l) => l.lessonId === 1)).toMatchObject({ quizzes: 1, bestQuizScore: 0.1 });
    expect(dash.scores).toHaveLength(1);
    expect(dash.activity).toHaveLength(30);
    expect(dash.activity.at(-1)!.answers).toBeGreaterThanOrEqual(1);
    expect(dash.skills.map((s) => s.skill)).toEqual(["dates", "figures", "logic", "terms"]);
    const answeredSkills = dash.skills.filter((s) => s.answered > 0);
    expect(answeredSkills.length).toBeGreaterThan(0);
    expect(dash.paragraphs.some((p) => p.level !== "unseen")).toBe(true);
    expect(dash.paragraphs.filter((p) => p.sectionId === "s3").every((p) => p.level === "unseen")).toBe(true);
  });

  it("is for students only and takes a sane timezone offset", async () => {
    const teacher = await signedIn(t, "TEACHER");
    await expect(teacher.api.progress.dashboard({ tzOffsetMinutes: 0 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const student = await signedIn(t);
    await expect(student.api.progress.dashboard({ tzOffsetMinutes: 100_000 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
