import { describe, expect, it } from "vitest";
import { activitySummary, hasAnswered, lessonsRead, overallMastery, scoreSummary } from "./summary";
import { type TActivityDay, type TLessonRow, type TScore, type TSkillRow } from "./types";

const skill = (over: Partial<TSkillRow>): TSkillRow => ({
  skill: "dates",
  mastery: null,
  answered: 0,
  total: 10,
  ...over,
});
const day = (over: Partial<TActivityDay>): TActivityDay => ({
  day: "2025-11-01",
  answers: 0,
  correct: 0,
  avgScore: null,
  ...over,
});
const score = (percent: number, at: string): TScore => ({
  attemptId: at,
  kind: "QUIZ",
  lessonId: 1,
  title: null,
  at: new Date(at),
  percent,
});

describe("overallMastery", () => {
  it("weights each skill's mastery by its answered items", () => {
    const result = overallMastery([
      skill({ skill: "dates", mastery: 1, answered: 3, total: 10 }),
      skill({ skill: "figures", mastery: 0.5, answered: 1, total: 20 }),
      skill({ skill: "logic", mastery: null, answered: 0, total: 30 }),
    ]);
    expect(result.mastery).toBeCloseTo(3.5 / 4);
    expect(result.answered).toBe(4);
    expect(result.total).toBe(60);
  });

  it("is null before anything is answered", () => {
    expect(overallMastery([skill({}), skill({ skill: "terms" })]).mastery).toBeNull();
  });
});

describe("lessonsRead and hasAnswered", () => {
  it("counts only lessons read to the end", () => {
    const lesson = (fractionRead: number) => ({ reading: { fractionRead } }) as TLessonRow;
    expect(lessonsRead([lesson(1), lesson(0.5), lesson(0), lesson(1)])).toBe(2);
  });

  it("sees any answer, any active day or any score", () => {
    const empty = { skills: [skill({})], activity: [day({})], scores: [] as TScore[] };
    expect(hasAnswered(empty)).toBe(false);
    expect(hasAnswered({ ...empty, skills: [skill({ answered: 1, mastery: 0 })] })).toBe(true);
    expect(hasAnswered({ ...empty, activity: [day({ answers: 2 })] })).toBe(true);
    expect(hasAnswered({ ...empty, scores: [score(0.5, "2025-11-01")] })).toBe(true);
  });
});

describe("activitySummary", () => {
  it("totals answers, counts active days, finds the busiest day and weights the average", () => {
    const result = activitySummary([
      day({ day: "2025-11-01", answers: 2, correct: 2, avgScore: 1 }),
      day({ day: "2025-11-02" }),
      day({ day: "2025-11-03", answers: 6, correct: 3, avgScore: 0.5 }),
    ]);
    expect(result).toMatchObject({ answers: 8, correct: 5, activeDays: 2 });
    expect(result.busiest?.day).toBe("2025-11-03");
    expect(result.avgScore).toBeCloseTo((2 * 1 + 6 * 0.5) / 8);
  });

  it("has no busiest day and no average when nothing was answered", () => {
    expect(activitySummary([day({}), day({})])).toMatchObject({ answers: 0, busiest: null, avgScore: null });
  });
});

describe("scoreSummary", () => {
  it("finds the latest by time, the best and the mean", () => {
    const result = scoreSummary([
      score(0.9, "2025-11-03T10:00:00Z"),
      score(0.4, "2025-11-05T10:00:00Z"),
      score(0.5, "2025-11-01T10:00:00Z"),
    ]);
    expect(result?.count).toBe(3);
    expect(result?.latest.percent).toBe(0.4);
    expect(result?.best).toBe(0.9);
    expect(result?.mean).toBeCloseTo(0.6);
    expect(scoreSummary([])).toBeNull();
  });
});
