import { describe, expect, it } from "vitest";

import { checkReviewRecord } from "../src/review/load";
import { reviewsOfWrittenItems } from "../src/review/written";
import { writtenItems } from "../src/written";

describe("the written items' review record", () => {
  it("has a second reading of every written item, practice ones included, and nothing else", () => {
    expect(
      checkReviewRecord(reviewsOfWrittenItems, writtenItems, ["assessment", "practice"]).problems,
    ).toEqual([]);
  });

  it("flags the practice entries when only assessment items are meant to be reviewed", () => {
    const practice = writtenItems.filter((item) => item.pool === "practice");
    const problems = checkReviewRecord(reviewsOfWrittenItems, writtenItems).problems;
    expect(problems).toHaveLength(practice.length);
    expect(problems[0]).toMatch(/a practice item \(only assessment items are reviewed here\)/);
  });

  it("says what was checked or changed for every item", () => {
    const silent = reviewsOfWrittenItems.filter((entry) => entry.changes.trim().length < 40);
    expect(silent.map((entry) => entry.itemId)).toEqual([]);
  });
});
