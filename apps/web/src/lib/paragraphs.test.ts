import { describe, expect, it } from "vitest";
import { groupByLesson, isAppendixRow, lessonOfParagraph, paragraphNumber } from "~/lib/paragraphs";

describe("paragraph ids", () => {
  it("reads the lesson and the number from an id", () => {
    expect(lessonOfParagraph("s0-p1")).toBe(0);
    expect(lessonOfParagraph("s1-p3")).toBe(1);
    expect(lessonOfParagraph("s5-r7")).toBe(5);
    expect(paragraphNumber("s1-p3")).toBe(3);
    expect(paragraphNumber("s5-r7")).toBe(7);
    expect(isAppendixRow("s5-r2")).toBe(true);
    expect(isAppendixRow("s2-p2")).toBe(false);
    expect(() => lessonOfParagraph("p3")).toThrow();
    expect(() => paragraphNumber("s1")).toThrow();
  });

  it("groups paragraphs by lesson, keeping the article's order", () => {
    const rows = ["s0-p1", "s1-p1", "s1-p2", "s5-r1", "s5-r2"].map((paragraphId) => ({ paragraphId }));
    expect(groupByLesson(rows)).toEqual([
      { lessonId: 0, paragraphs: [{ paragraphId: "s0-p1" }] },
      { lessonId: 1, paragraphs: [{ paragraphId: "s1-p1" }, { paragraphId: "s1-p2" }] },
      { lessonId: 5, paragraphs: [{ paragraphId: "s5-r1" }, { paragraphId: "s5-r2" }] },
    ]);
  });
});
