import { type TItem } from "@dc/content";
import { describe, expect, it } from "vitest";
import { levelOf, masteryBy } from "./mastery";

const item = (id: string, skill: TItem["skill"], lessonId: TItem["lessonId"] = 1) =>
  ({ id, skill, lessonId, source: { paragraphId: "s1-p1", quote: "x" } }) as TItem;

describe("masteryBy", () => {
  const items = [item("a", "dates"), item("b", "dates"), item("c", "dates"), item("d", "figures", 2)];

  it("averages the latest answers of answered items only, and counts coverage", () => {
    const bySkill = masteryBy(
      items,
      [
        { itemId: "a", score: 1 },
        { itemId: "b", score: 0.5 },
      ],
      (i) => i.skill,
    );
    expect(bySkill.get("dates")).toEqual({ mastery: 0.75, answered: 2, total: 3 });
    expect(bySkill.get("figures")).toEqual({ mastery: null, answered: 0, total: 1 });
  });

  it("groups by any key, e.g. lesson", () => {
    const byLesson = masteryBy(items, [{ itemId: "d", score: 0 }], (i) => i.lessonId);
    expect(byLesson.get(2)).toEqual({ mastery: 0, answered: 1, total: 1 });
    expect(byLesson.get(1)?.mastery).toBeNull();
  });

  it("ignores answers to items outside the given set", () => {
    expect(masteryBy(items, [{ itemId: "zzz", score: 1 }], () => "all").get("all")?.answered).toBe(0);
  });
});

describe("levelOf", () => {
  it.each([
    [null, "unseen"],
    [0, "learning"],
    [0.49, "learning"],
    [0.5, "developing"],
    [0.79, "developing"],
    [0.8, "secure"],
    [1, "secure"],
  ] as const)("%s -> %s", (m, level) => expect(levelOf(m)).toBe(level));
});
