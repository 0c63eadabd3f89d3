import { getItem, type TResponse } from "@dc/content";
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

const itemOf = (id: string) => getItem(id)!;

describe("lesson practice", () => {
  it("starts once: a second start (another tab) resumes the same attempt", async () => {
    const { api } = await signedIn(t);
    const [a, b] = await Promise.all([
      api.attempt.startLesson({ kind: "PRACTICE", lessonId: 1 }),
      api.attempt.startLesson({ kind: "PRACTICE", lessonId: 1 }),
    ]);
    expect(a.id).toBe(b.id);
    const view = await api.attempt.get({ attemptId: a.id });
    expect(view.items).toHaveLength(10);
    expect(new Set(view.items.map((i) => i.item.lessonId))).toEqual(new Set([1]));
  });

  it("sends no key before the answer is checked, then the key, explanation and source", async () => {
    const { api } = await signedIn(t);
    const { id } = await api.attempt.startLesson({ kind: "PRACTICE", lessonId: 2 });
    const before = await api.attempt.get({ attemptId: id });
    const json = JSON.stringify(before);
    for (const { item } of before.items) {
      const full = itemOf(item.id);
      expect(json).not.toContain(full.explanation.zh);
      expect(json).not.toContain(`"misconception"`);
    }
    expect(before.items.every((i) => i.reveal === null && i.result === null)).toBe(true);

    const first = itemOf(before.items[0]!.item.id);
    const checked = await api.attempt.check({
      attemptId: id,
      itemId: first.id,
      response: rightResponse(first),
      revision: 1,
    });
    expect(checked.result).toEqual({ score: 1, correct: true });
    expect(checked.reveal.explanation).toEqual(first.explanation);
    expect(checked.reveal.sources[0]!.paragraphId).toBe(first.source.paragraphId);

    const after = await api.attempt.get({ attemptId: id });
    expect(after.items[0]!.reveal?.itemId).toBe(first.id);
    expect(after.items.slice(1).every((i) => i.reveal === null)).toBe(true);
  });

  it("checking twice changes nothing; a final answer cannot be overwritten", async () => {
    const { api } = await signedIn(t);
    const { id } = await api.attempt.startLesson({ kind: "PRACTICE", lessonId: 3 });
    const view = await api.attempt.get({ attemptId: id });
    const item = itemOf(view.items[0]!.item.id);
    const wrong: TResponse =
      item.type === "truefalse" ? { type: "truefalse", value: !item.answer } : { ...rightResponse(item) };
    const first = await api.attempt.check({ attemptId: id, itemId: item.id, response: wrong, revision: 1 });
    const again = await api.attempt.check({
      attemptId: id,
      itemId: item.id,
      response: rightResponse(item),
      revision: 2,
    });
    expect(again.result).toEqual(first.result);
    await api.attempt.save({ attemptId: id, itemId: item.id, response: rightResponse(item), revision: 3 });
    const answer = await t.db.answer.findUniqueOrThrow({
      where: { attemptId_itemId: { attemptId: id, itemId: item.id } },
    });
    expect(answer.response).toEqual(wrong);
    expect(
      await t.db.reviewCard.count({ where: { itemId: item.id, user: { attempts: { some: { id } } } } }),
    ).toBe(1);
  });
});

describe("quiz: saving and submitting", () => {
  async function quiz() {
    const s = await signedIn(t);
    const { id } = await s.api.attempt.startLesson({ kind: "QUIZ", lessonId: 4 });
    const view = await s.api.attempt.get({ attemptId: id });
    return { ...s, id, items: view.items.map((i) => itemOf(i.item.id)) };
  }

  it("keeps the newest revision whatever order saves arrive in, and repeats are harmless", async () => {
    const { api, id, items } = await quiz();
    const item = items.find((i) => i.type === "numeric" || i.type === "single")!;
    const r = (n: number): TResponse =>
      item.type === "numeric"
        ? { type: "numeric", value: String(n) }
        : {
            type: "single",
            choice:
              String(n) === "2"
                ? item.type === "single"
                  ? item.choices[1]!.id
                  : ""
                : item.type === "single"
                  ? item.choices[0]!.id
                  : "",
          };
    await api.attempt.save({ attemptId: id, itemId: item.id, response: r(2), revision: 2 });
    const stale = await api.attempt.save({ attemptId: id, itemId: item.id, response: r(1), revision: 1 });
    expect(stale.revision).toBe(2);
    await api.attempt.save({ attemptId: id, itemId: item.id, response: r(2), revision: 2 });
    const stored = await t.db.answer.findMany({ where: { attemptId: id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.response).toEqual(r(2));
  });

  it("shows no key before submission and scores exactly once, however often it is submitted", async () => {
    const { api, id, items, user } = await quiz();
    for (const [n, item] of items.entries()) {
      if (n % 2 === 0)
        await api.attempt.save({
          attemptId: id,
          itemId: item.id,
          response: rightResponse(item),
          revision: 1,
        });
    }
    const before = await api.attempt.get({ attemptId: id });
    expect(before.items.every((i) => i.reveal === null)).toBe(true);
    expect(before.score).toBeNull();

    const results = await Promise.all([1, 2, 3].map(() => api.attempt.submit({ attemptId: id })));
    const expected = Math.ceil(items.length / 2);
    for (const r of results) expect(r.score).toBe(expected);
    expect(results[0]!.items.every((i) => i.reveal !== null)).toBe(true);
    const cards = await t.db.reviewCard.findMany({ where: { userId: user.id } });
    expect(cards).toHaveLength(items.length); // skipped items are missed, and each item is scheduled once
    expect(cards.every((c) => c.reps === 1)).toBe(true);
    await expect(
      api.attempt.save({
        attemptId: id,
        itemId: items[1]!.id,
        response: rightResponse(items[1]!),
        revision: 5,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "ATTEMPT_SUBMITTED" });
  });

  it("refuses practice-style checking inside a quiz (that would reveal keys early)", async () => {
    const { api, id, items } = await quiz();
    await expect(
      api.attempt.check({
        attemptId: id,
        itemId: items[0]!.id,
        response: rightResponse(items[0]!),
        revision: 1,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "NOT_A_PRACTICE_ATTEMPT" });
  });
});

describe("time limits are the server's", () => {
  it("refuses saves after the deadline and grace, and scores what was saved before it", async () => {
    const { api } = await signedIn(t);
    const { id } = await api.attempt.startLesson({ kind: "QUIZ", lessonId: 1, timed: true });
    const view = await api.attempt.get({ attemptId: id });
    expect(view.deadline!.getTime() - view.startedAt.getTime()).toBe(10 * 60_000);
    const [a, b] = view.items.map((i) => itemOf(i.item.id));
    await api.attempt.save({ attemptId: id, itemId: a!.id, response: rightResponse(a!), revision: 1 });

    await t.db.attempt.update({ where: { id }, data: { deadline: new Date(Date.now() - 16_000) } });
    await expect(
      api.attempt.save({ attemptId: id, itemId: b!.id, response: rightResponse(b!), revision: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "ATTEMPT_EXPIRED" });
    const attempt = await t.db.attempt.findUniqueOrThrow({ where: { id }, include: { answers: true } });
    expect(attempt).toMatchObject({ status: "SUBMITTED", autoSubmitted: true, score: 1 });
    expect(attempt.answers.map((x) => x.itemId)).toEqual([a!.id]);
  });

  it("accepts a save inside the grace period", async () => {
    const { api } = await signedIn(t);
    const { id } = await api.attempt.startLesson({ kind: "QUIZ", lessonId: 2, timed: true });
    const item = itemOf((await api.attempt.get({ attemptId: id })).items[0]!.item.id);
    await t.db.attempt.update({ where: { id }, data: { deadline: new Date(Date.now() - 5_000) } });
    await expect(
      api.attempt.save({ attemptId: id, itemId: item.id, response: rightResponse(item), revision: 1 }),
    ).resolves.toMatchObject({ revision: 1 });
  });

  it("finalises an attempt left open past its deadline when it is next read", async () => {
    const { api } = await signedIn(t);
    const { id } = await api.attempt.startLesson({ kind: "QUIZ", lessonId: 3, timed: true });
    await t.db.attempt.update({ where: { id }, data: { deadline: new Date(Date.now() - 60_000) } });
    const view = await api.attempt.get({ attemptId: id });
    expect(view).toMatchObject({ status: "SUBMITTED", autoSubmitted: true, score: 0 });
    // and starting again opens a fresh quiz rather than the expired one
    const next = await api.attempt.startLesson({ kind: "QUIZ", lessonId: 3 });
    expect(next.id).not.toBe(id);
  });
});

describe("bad input changes nothing", () => {
  it("rejects malformed answers, foreign items, other users' attempts and oversized payloads", async () => {
    const owner = await signedIn(t);
    const other = await signedIn(t);
    const { id } = await owner.api.attempt.startLesson({ kind: "QUIZ", lessonId: 5 });
    const view = await owner.api.attempt.get({ attemptId: id });
    const item = itemOf(view.items[0]!.item.id);
    const save = (over: Record<string, unknown>, api = owner.api) =>
      api.attempt.save({
        attemptId: id,
        itemId: item.id,
        response: rightResponse(item),
        revision: 1,
        ...over,
      } as never);

    await expect(save({ response: { type: "nonsense" } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      save({ response: { ...rightResponse(item), type: item.type === "single" ? "multi" : "single" } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(save({ itemId: "l1-not-in-this-attempt" })).rejects.toMatchObject({
      message: "ITEM_NOT_IN_ATTEMPT",
    });
    await expect(save({ revision: "1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(save({ response: { type: "numeric", value: "9".repeat(10_000) } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(save({ extra: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(save({}, other.api)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.api.attempt.get({ attemptId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.api.attempt.submit({ attemptId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.answer.count({ where: { attemptId: id } })).toBe(0);
    expect((await t.db.attempt.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
  });

  it("is closed to signed-out callers and to teachers", async () => {
    const teacher = await signedIn(t, "TEACHER");
    await expect(signedOut(t).attempt.startLesson({ kind: "PRACTICE", lessonId: 0 })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(teacher.api.attempt.startLesson({ kind: "PRACTICE", lessonId: 0 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
