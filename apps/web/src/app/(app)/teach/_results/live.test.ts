import { describe, expect, it } from "vitest";
import { freshness, namesOf, newSubmissions } from "./live";

describe("freshness", () => {
  it("is 'just now' for 15 seconds, then counts seconds, then minutes", () => {
    expect(freshness(1_000, 1_000)).toEqual({ kind: "justNow" });
    expect(freshness(1_000, 15_999)).toEqual({ kind: "justNow" });
    expect(freshness(0, 15_000)).toEqual({ kind: "seconds", seconds: 15 });
    expect(freshness(0, 59_999)).toEqual({ kind: "seconds", seconds: 59 });
    expect(freshness(0, 125_000)).toEqual({ kind: "minutes", minutes: 2 });
  });

  it("treats a clock that runs behind the data as fresh", () => {
    expect(freshness(10_000, 5_000)).toEqual({ kind: "justNow" });
  });
});

describe("newSubmissions", () => {
  const a = { key: "x:1", name: "李小明" };
  const b = { key: "x:2", name: "王美玲" };
  const c = { key: "y:3", name: "李小明" };

  it("keeps only what was not seen, in order", () => {
    expect(newSubmissions(new Set(["x:1"]), [a, b, c])).toEqual([b, c]);
    expect(newSubmissions(new Set(["x:1", "x:2", "y:3"]), [a, b, c])).toEqual([]);
  });

  it("names each student once", () => {
    expect(namesOf([a, b, c])).toEqual(["李小明", "王美玲"]);
  });
});
