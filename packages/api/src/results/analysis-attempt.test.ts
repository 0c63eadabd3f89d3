import { describe, expect, it } from "vitest";
import { type TAttemptFacts } from "../assignments/status";
import { attemptForAnalysis } from "./analysis-attempt";

const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 10, min));
const attempt = (id: string, score: number | null, min: number, open = false): TAttemptFacts => ({
  id,
  status: open ? "IN_PROGRESS" : "SUBMITTED",
  startedAt: at(min),
  submittedAt: open ? null : at(min + 10),
  deadline: null,
  autoSubmitted: false,
  score,
  maxScore: score === null ? null : 10,
});

describe("attemptForAnalysis", () => {
  const attempts = [
    attempt("one", 4, 0),
    attempt("two", 9, 20),
    attempt("three", 6, 40),
    attempt("o", null, 60, true),
  ];

  it("reads the first, the best (as the gradebook counts) or the latest submitted attempt", () => {
    expect(attemptForAnalysis(attempts, "FIRST")?.id).toBe("one");
    expect(attemptForAnalysis(attempts, "BEST")?.id).toBe("two");
    expect(attemptForAnalysis(attempts, "LATEST")?.id).toBe("three");
  });

  it("never an open attempt; null when nothing is submitted", () => {
    expect(attemptForAnalysis([attempt("o", null, 0, true)], "FIRST")).toBeNull();
    expect(attemptForAnalysis([], "BEST")).toBeNull();
  });
});
