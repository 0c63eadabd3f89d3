import { describe, expect, it } from "vitest";

import { items } from "../src/bank";
import { checkReviewRecord } from "../src/review/load";
import { reviewRecord } from "../src/review/record";
import { fixtures } from "./fixtures";

const assessed = { ...fixtures.single, id: "l1-fixture-assessed", pool: "assessment" as const };
const entry = { itemId: assessed.id, author: "A", reader: "B", verdict: "accepted", changes: "" };

describe("checking a review record", () => {
  it("accepts one valid entry per assessment item", () => {
    expect(checkReviewRecord([entry], [fixtures.single, assessed]).problems).toEqual([]);
  });

  it("finds assessment items nobody has read, and entries that do not fit", () => {
    const problems = checkReviewRecord(
      [
        { ...entry, itemId: fixtures.single.id },
        { ...entry, itemId: "l2-gone", verdict: "rejected", changes: "quoted the wrong row" },
        { ...entry, itemId: "l2-missing" },
        { ...entry, itemId: "l3-self", reader: "A" },
        { ...entry, itemId: "l3-silent", verdict: "revised" },
      ],
      [fixtures.single, assessed],
    ).problems.join("\n");
    expect(problems).toMatch(/l1-fixture-assessed: not reviewed yet/);
    expect(problems).toMatch(/l1-fixture-single: a practice item/);
    expect(problems).not.toMatch(/l2-gone/);
    expect(problems).toMatch(/l2-missing: no such item/);
    expect(problems).toMatch(/entry #3: .*must not be the item's author/);
    expect(problems).toMatch(/entry #4: .*changes/);
  });

  it("refuses two entries for one item and a rejected item still in the bank", () => {
    const twice = checkReviewRecord([entry, entry], [assessed]).problems;
    expect(twice).toContain("l1-fixture-assessed: more than one entry");
    const kept = checkReviewRecord(
      [{ ...entry, verdict: "rejected", changes: "wrong" }],
      [assessed],
    ).problems;
    expect(kept).toContain("l1-fixture-assessed: rejected, but still in the bank");
  });

  it("goes by the latest reading, and refuses a later reading by the author or the first reader", () => {
    const later = { reader: "C", verdict: "rejected", changes: "the quote is not in the paragraph" };
    expect(checkReviewRecord([{ ...entry, laterReadings: [later] }], [assessed]).problems).toContain(
      "l1-fixture-assessed: rejected, but still in the bank",
    );
    const reconsidered = {
      ...entry,
      verdict: "rejected",
      changes: "wrong",
      laterReadings: [{ ...later, verdict: "revised" }],
    };
    expect(checkReviewRecord([reconsidered], [assessed]).problems).toEqual([]);
    const problems = checkReviewRecord(
      [
        { ...entry, laterReadings: [{ ...later, reader: "A" }] },
        { ...entry, itemId: "l2-again", laterReadings: [{ reader: "B", verdict: "accepted", changes: "" }] },
        { ...entry, itemId: "l2-silent", laterReadings: [{ reader: "C", verdict: "revised", changes: "" }] },
      ],
      [assessed],
    ).problems.join("\n");
    expect(problems).toMatch(/entry #0: .*other than the author and the first reader/);
    expect(problems).toMatch(/entry #1: .*other than the author and the first reader/);
    expect(problems).toMatch(/entry #2: .*changes/);
  });
});

describe("the review record", () => {
  it("has a second reader's verdict for every assessment item, and nothing else", () => {
    expect(checkReviewRecord(reviewRecord, items).problems).toEqual([]);
  });
});
