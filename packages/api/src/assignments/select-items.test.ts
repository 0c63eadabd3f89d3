import { getItem, items } from "@dc/content";
import { describe, expect, it } from "vitest";
import { selectItems } from "./select-items";

describe("selectItems", () => {
  it("draws the asked number from the chosen lessons and skills, every skill represented", () => {
    const s = selectItems({
      mode: "draw",
      lessonIds: [1, 2],
      skills: ["dates", "figures", "terms"],
      itemCount: 9,
      pool: "practice",
    });
    expect(s.itemIds).toHaveLength(9);
    expect(new Set(s.itemIds).size).toBe(9);
    const drawn = s.itemIds.map((id) => getItem(id)!);
    expect(drawn.every((i) => [1, 2].includes(i.lessonId) && i.skill !== "logic")).toBe(true);
    for (const skill of ["dates", "figures", "terms"])
      expect(drawn.filter((i) => i.skill === skill)).toHaveLength(3);
    const order = s.itemIds.map((id) => items.findIndex((i) => i.id === id));
    expect(order).toEqual([...order].sort((a, b) => a - b)); // bank order
    expect(s).toMatchObject({ lessonIds: [1, 2], skills: ["dates", "figures", "terms"], handPicked: false });
  });

  it("says how many items there are when asked for more", () => {
    for (const pool of ["practice", "assessment"] as const) {
      const available = items.filter(
        (i) => i.pool === pool && i.lessonId === 0 && i.skill === "dates",
      ).length;
      expect(() =>
        selectItems({ mode: "draw", lessonIds: [0], skills: ["dates"], itemCount: 50, pool }),
      ).toThrow(`NOT_ENOUGH_ITEMS:${available}`);
    }
  });

  it("draws from the assessment pool unless practice items are asked for", () => {
    const practice = selectItems({
      mode: "draw",
      lessonIds: [1],
      skills: ["dates"],
      itemCount: 1,
      pool: "practice",
    });
    expect(getItem(practice.itemIds[0]!)!.pool).toBe("practice");
    const assessment = items.filter(
      (i) => i.pool === "assessment" && i.lessonId === 1 && i.skill === "dates",
    );
    const draw = () => selectItems({ mode: "draw", lessonIds: [1], skills: ["dates"], itemCount: 1 });
    if (assessment.length) expect(getItem(draw().itemIds[0]!)!.pool).toBe("assessment");
    else expect(draw).toThrow("NOT_ENOUGH_ITEMS:0");
  });

  it("keeps hand-picked items in the teacher's order and refuses unknown or repeated ones", () => {
    const [a, b] = [items[10]!, items[3]!];
    expect(selectItems({ mode: "pick", itemIds: [a.id, b.id] })).toMatchObject({
      itemIds: [a.id, b.id],
      handPicked: true,
    });
    expect(() => selectItems({ mode: "pick", itemIds: [a.id, "l1-nope"] })).toThrow("UNKNOWN_ITEM:l1-nope");
    expect(() => selectItems({ mode: "pick", itemIds: [a.id, a.id] })).toThrow(`DUPLICATE_ITEM:${a.id}`);
  });
});
