import { items, keyResponse, toSimplified, type TItem } from "@dc/content";
import { createTestDatabase, type TestDatabase } from "@dc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "../src";
import { signedIn } from "./helpers";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

type Of<K extends TItem["type"]> = Extract<TItem, { type: K }>;
const differs = (s: string) => toSimplified(s) !== s;
// A practice cloze whose key reads differently in Simplified, and a single choice with such choices.
const cloze = items.find(
  (i): i is Of<"cloze"> =>
    i.pool === "practice" &&
    i.type === "cloze" &&
    !i.options &&
    Object.values(i.answer).some((v) => differs(v[0]!)),
)!;
const single = items.find(
  (i): i is Of<"single"> =>
    i.pool === "practice" && i.type === "single" && i.choices.some((c) => differs(c.text.zh)),
)!;

async function practiceIn(script: "hans" | "hant") {
  const student = await signedIn(t);
  const api = createCaller({ db: t.db, session: student.session, script });
  const attempt = await t.db.attempt.create({
    data: {
      userId: student.user.id,
      kind: "PRACTICE",
      lessonId: cloze.lessonId,
      itemIds: [cloze.id, single.id],
    },
  });
  return { api, attemptId: attempt.id };
}

describe("learning content in Simplified", () => {
  it("shows prompts, choices and feedback in Simplified, and accepts an answer typed in Simplified", async () => {
    const { api, attemptId } = await practiceIn("hans");
    const view = await api.attempt.get({ attemptId });
    const [first, second] = view.items;
    expect(first!.item.prompt.zh).toBe(toSimplified(cloze.prompt.zh));
    const shownChoices = (second!.item as { choices: { text: { zh: string } }[] }).choices
      .map((c) => c.text.zh)
      .sort();
    expect(shownChoices).toEqual(single.choices.map((c) => toSimplified(c.text.zh)).sort());

    const key = keyResponse(cloze) as { type: "cloze"; blanks: Record<string, string> };
    const typed = {
      type: "cloze" as const,
      blanks: Object.fromEntries(Object.entries(key.blanks).map(([k, v]) => [k, toSimplified(v)])),
    };
    const checked = await api.attempt.check({ attemptId, itemId: cloze.id, response: typed, revision: 1 });
    expect(checked.result).toMatchObject({ correct: true, score: 1 });
    expect(checked.reveal?.explanation.zh).toBe(toSimplified(cloze.explanation.zh));
    // The learner's own answer comes back as typed.
    expect(checked.response).toEqual(typed);
  });

  it("keeps Traditional for a reader who did not switch", async () => {
    const { api, attemptId } = await practiceIn("hant");
    const view = await api.attempt.get({ attemptId });
    expect(view.items[0]!.item.prompt.zh).toBe(cloze.prompt.zh);
  });
});
