import { describe, expect, it } from "vitest";
import { rubricAnalysis } from "./rubric-analysis";

const RUBRIC = [
  { id: "main", points: 2 },
  { id: "reason", points: 1 },
  { id: "example", points: 1 },
];

describe("rubricAnalysis", () => {
  it("gives the mean points, each criterion's share and the distribution of totals", () => {
    const a = rubricAnalysis(RUBRIC, [["main", "reason"], ["main"], [], ["main", "reason", "example"]], {});
    expect(a.graded).toBe(4);
    expect(a.maxPoints).toBe(4);
    expect(a.meanPoints).toBe((3 + 2 + 0 + 4) / 4);
    expect(a.criteria).toEqual([
      { id: "main", points: 2, share: 0.75 },
      { id: "reason", points: 1, share: 0.5 },
      { id: "example", points: 1, share: 0.25 },
    ]);
    expect(a.distribution).toEqual([
      { points: 0, count: 1 },
      { points: 1, count: 0 },
      { points: 2, count: 1 },
      { points: 3, count: 1 },
      { points: 4, count: 1 },
    ]);
  });

  it("uses the assignment's adjusted points", () => {
    const a = rubricAnalysis(RUBRIC, [["main"], ["reason"]], { main: 4 });
    expect(a.maxPoints).toBe(6);
    expect(a.meanPoints).toBe((4 + 1) / 2);
    expect(a.criteria[0]).toEqual({ id: "main", points: 4, share: 0.5 });
    expect(a.distribution.find((d) => d.points === 4)!.count).toBe(1);
  });

  it("has no mean or shares before any grading", () => {
    const a = rubricAnalysis(RUBRIC, [], {});
    expect(a.meanPoints).toBeNull();
    expect(a.criteria.every((c) => c.share === null)).toBe(true);
    expect(a.distribution.every((d) => d.count === 0)).toBe(true);
  });
});
