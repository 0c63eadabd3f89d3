import { items, itemsByLesson, type TLessonId } from "@dc/content";
import { describe, expect, it } from "vitest";
import { selectItems } from "../assignments/select-items";
import { practiceItemsOf, quizItemsOf } from "../pools/pools";
import { drawPractice } from "./draw-items";

const typeOf = (id: string) => items.find((item) => item.id === id)!.type;
const lessonWithWrittenPractice = ([0, 1, 2, 3, 4, 5] as TLessonId[]).find((lessonId) =>
  itemsByLesson(lessonId, "practice").some((item) => item.type === "written"),
)!;

describe("drawing written items", () => {
  it("puts a lesson practice's written item last, after the quick checks", () => {
    const pool = practiceItemsOf(lessonWithWrittenPractice);
    for (let run = 0; run < 20; run++) {
      const types = drawPractice(pool, new Set(), Math.random, pool.length).map(typeOf);
      expect(types).toContain("written");
      const firstWritten = types.indexOf("written");
      expect(types.slice(firstWritten).every((type) => type === "written")).toBe(true);
    }
  });

  it("keeps written items out of lesson quizzes and random assignment draws (a teacher picks them)", () => {
    const practice = practiceItemsOf(lessonWithWrittenPractice);
    const writtenCount = practice.filter((item) => item.type === "written").length;
    expect(writtenCount).toBeGreaterThan(0);
    expect(quizItemsOf(lessonWithWrittenPractice)).toHaveLength(practice.length - writtenCount);
    expect(quizItemsOf(lessonWithWrittenPractice).map((item) => item.type)).not.toContain("written");
    const drawn = selectItems({
      mode: "draw",
      lessonIds: [0, 1, 2, 3, 4, 5],
      skills: ["logic"],
      itemCount: 30,
    });
    expect(drawn.itemIds.map(typeOf)).not.toContain("written");
    const written = items.find((item) => item.type === "written" && item.pool === "assessment")!;
    expect(selectItems({ mode: "pick", itemIds: [written.id] }).itemIds).toEqual([written.id]);
  });
});
