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

  it("wants a reading of a practice written item too, where other practice items need none", () => {
    const practice = writtenItems.find((item) => item.pool === "practice")!;
    const without = reviewsOfWrittenItems.filter((entry) => entry.itemId !== practice.id);
    expect(checkReviewRecord(reviewsOfWrittenItems, writtenItems).problems).toEqual([]);
    expect(checkReviewRecord(without, writtenItems).problems).toEqual([`${practice.id}: not reviewed yet`]);
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
