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

  it("says what was checked or changed for every item, in every reading", () => {
    const silent = reviewsOfWrittenItems.filter(
      (entry) =>
        entry.changes.trim().length < 40 ||
        (entry.laterReadings ?? []).some((reading) => reading.changes.trim().length < 40),
    );
    expect(silent.map((entry) => entry.itemId)).toEqual([]);
  });

  it("has an independent reading of every written item, not only the author's own two passes", () => {
    // Readers are named "handle (role)": an independent reader has a handle other than the author's.
    const handle = (name: string) => name.split(" ")[0];
    const notIndependent = reviewsOfWrittenItems.filter(
      (entry) =>
        !(entry.laterReadings ?? []).some((reading) => handle(reading.reader) !== handle(entry.author)),
    );
    expect(notIndependent.map((entry) => entry.itemId)).toEqual([]);
  });
});
