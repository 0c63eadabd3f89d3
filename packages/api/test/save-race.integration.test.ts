import { getItem } from "@dc/content";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rightResponse, signedIn } from "./helpers";

// The save path is one statement (see attempts/save-answer.ts); these pin down what its locking promises.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe("saves racing a submission", () => {
  it("every save either lands before the scoring (and is scored) or is refused; none is lost or scored late", async () => {
    const { api } = await signedIn(t);
    const { id } = await api.attempt.startLesson({ kind: "QUIZ", lessonId: 1 });
    const items = (await api.attempt.get({ attemptId: id })).items.map((i) => getItem(i.item.id)!);
    const saves = items.map((item) =>
      api.attempt
        .save({ attemptId: id, itemId: item.id, response: rightResponse(item), revision: 1 })
        .then(() => "saved" as const)
        .catch((e: { message?: string }) => e.message ?? "error"),
    );
    const submitted = api.attempt.submit({ attemptId: id });
    const outcomes = await Promise.all(saves);
    const view = await submitted;

    expect(new Set(outcomes).size).toBeLessThanOrEqual(2);
    for (const o of outcomes) expect(["saved", "ATTEMPT_SUBMITTED"]).toContain(o);
    const stored = await t.db.answer.findMany({ where: { attemptId: id } });
    expect(stored).toHaveLength(outcomes.filter((o) => o === "saved").length);
    expect(stored.every((a) => a.lockedAt !== null && a.score === 1)).toBe(true);
    expect(view.score).toBe(stored.length);
  });

  it("two tabs saving the same item at once keep the newer revision and both learn it", async () => {
    const { api } = await signedIn(t);
    const { id } = await api.attempt.startLesson({ kind: "QUIZ", lessonId: 2 });
    const item = getItem((await api.attempt.get({ attemptId: id })).items[0]!.item.id)!;
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((revision) =>
        api.attempt.save({ attemptId: id, itemId: item.id, response: rightResponse(item), revision }),
      ),
    );
    const stored = await t.db.answer.findUniqueOrThrow({
      where: { attemptId_itemId: { attemptId: id, itemId: item.id } },
    });
    expect(stored.revision).toBe(6);
    for (const [i, r] of results.entries()) expect(r.revision).toBeGreaterThanOrEqual(i + 1);
  });
});
