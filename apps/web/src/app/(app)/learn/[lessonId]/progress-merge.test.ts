import { describe, expect, it } from "vitest";
import { countSeen, mergeReading, type TReading } from "./progress-merge";

const reading = (over: Partial<TReading>): TReading => ({
  lessonId: 1,
  seenParagraphIds: [],
  lastParagraphId: null,
  completedAt: null,
  fractionRead: 0,
  ...over,
});

describe("mergeReading", () => {
  it("takes the fresh answer when nothing is cached", () => {
    const fresh = reading({ seenParagraphIds: ["s1-p1"], fractionRead: 0.2 });
    expect(mergeReading(undefined, fresh)).toBe(fresh);
  });

  it("unites the seen paragraphs and keeps the fresh last paragraph", () => {
    const merged = mergeReading(
      reading({ seenParagraphIds: ["s1-p1", "s1-p2"], lastParagraphId: "s1-p2", fractionRead: 0.4 }),
      reading({ seenParagraphIds: ["s1-p1", "s1-p3"], lastParagraphId: "s1-p3", fractionRead: 0.4 }),
    );
    expect(merged.seenParagraphIds).toEqual(["s1-p1", "s1-p2", "s1-p3"]);
    expect(merged.lastParagraphId).toBe("s1-p3");
    expect(merged.fractionRead).toBe(0.4);
  });

  it("never undoes a completion when an older save answers late", () => {
    const done = new Date("2020-09-09T00:00:00Z");
    const merged = mergeReading(
      reading({ completedAt: done, fractionRead: 1 }),
      reading({ seenParagraphIds: ["s1-p1"], fractionRead: 0.2 }),
    );
    expect(merged.completedAt).toBe(done);
    expect(merged.fractionRead).toBe(1);
  });
});

describe("countSeen", () => {
  it("counts the lesson's paragraphs seen in any of the sets, once each", () => {
    const ids = ["s1-p1", "s1-p2", "s1-p3"];
    expect(countSeen(ids, ["s1-p1"], new Set(["s1-p1", "s1-p3"]), ["s2-p1"])).toBe(2);
    expect(countSeen(ids)).toBe(0);
  });
});
