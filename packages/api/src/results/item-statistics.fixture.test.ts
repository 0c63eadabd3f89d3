import { readFileSync } from "node:fs";
import { checkAnswer, ZItem, ZResponse, type TItem } from "@dc/content";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { gradeAttempt } from "../attempts/grade";
import { percentOf, type TAttemptFacts } from "../assignments/status";
import { ANALYSIS_ATTEMPTS, attemptForAnalysis } from "./analysis-attempt";
import { toCsv } from "./csv";
import { analyzeItems, misconceptionTally, scoreDistribution, type TSitting } from "./item-analysis";
import { reliability } from "./reliability";
import { CHOICE_ID_SEPARATOR, responseChoiceIds, responseText } from "./response-text";

/*
 * Every statistic of the item analysis against an independent reference: fixtures/make_item_statistics.py
 * simulated 40 students (some with two or three attempts) on 12 items of all eight types, scored them
 * with its own rules, and computed the figures with numpy/scipy and plain enumeration. The JSON it
 * wrote is committed beside it; run the script again to regenerate it.
 */
type TFixtureAnswer = { response: unknown; score: number; correct: boolean };
type TExpectedItem = {
  itemId: string;
  n: number;
  answered: number;
  blank: number;
  facility: number;
  fullCredit: number;
  pointBiserial: number | null;
  upperLower: number;
  upperLowerGroupSize: number;
  choices: { id: string; count: number; share: number }[] | null;
  wrongResponses: { response: unknown; credit: number; count: number }[] | null;
};
type TExpectedReliability = {
  n: number;
  items: number;
  method: "KR-20" | "alpha";
  alpha: number;
  mean: number;
  sd: number;
  sem: number;
  maxScore: number;
};
type TExpected = {
  attempts: number[];
  items: TExpectedItem[];
  reliability: TExpectedReliability;
  misconceptions: { tag: string; responses: number; students: number }[];
  boundaries: { upperTied: number; upperPlaces: number; lowerTied: number; lowerPlaces: number }[];
  distribution?: { n: number; mean: number; median: number; bins: number[] };
};
type TFixture = {
  items: unknown[];
  students: { id: string; attempts: { submittedAt: string; answers: Record<string, TFixtureAnswer> }[] }[];
  expected: Record<(typeof ANALYSIS_ATTEMPTS)[number], TExpected> & {
    FIRST_DICHOTOMOUS: { itemIds: string[]; reliability: TExpectedReliability };
  };
};

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/item-statistics.json", import.meta.url), "utf8"),
) as TFixture;
const items: TItem[] = fixture.items.map((raw) => ZItem.parse(raw));
const itemIds = items.map((i) => i.id);
const none = new Set<string>();
const CLOSE = 10; // decimal places: the reference is float64 too

/** A fixed permutation per attempt, as a shuffled assignment would present the items. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type TFixtureAttempt = TAttemptFacts & { answers: Record<string, TFixtureAnswer> };
const attemptsOf = fixture.students.map((student, si) =>
  student.attempts.map((a, ai): TFixtureAttempt => {
    const submittedAt = new Date(a.submittedAt);
    // Scored the way an attempt is graded: in the attempt's own (shuffled) item order.
    const grade = gradeAttempt(shuffled(itemIds, si * 7 + ai + 1), (id) => a.answers[id]?.score, new Map());
    return {
      id: `${student.id}-${ai}`,
      status: "SUBMITTED",
      startedAt: new Date(submittedAt.getTime() - 20 * 60_000),
      submittedAt,
      deadline: null,
      autoSubmitted: false,
      score: grade.score,
      maxScore: grade.maxScore,
      answers: a.answers,
    };
  }),
);
const sittingOf = (studentId: string, a: TFixtureAttempt): TSitting => ({
  studentId,
  answers: new Map(Object.entries(a.answers)),
});

describe("the fixture", () => {
  it("holds valid items of all eight types, each response scored as the checker scores it", () => {
    expect(new Set(items.map((i) => i.type)).size).toBe(8);
    for (const student of fixture.students)
      for (const attempt of student.attempts)
        for (const [itemId, answer] of Object.entries(attempt.answers)) {
          const item = items.find((i) => i.id === itemId)!;
          const result = checkAnswer(item, ZResponse.parse(answer.response));
          expect(result).toEqual({ score: answer.score, correct: answer.correct });
        }
  });

  it("has students tied across a group boundary, partial credit, and 「、」 inside multiple-choice options", () => {
    const [ties] = fixture.expected.FIRST.boundaries;
    expect(ties!.upperTied).toBeGreaterThan(ties!.upperPlaces);
    expect(ties!.lowerTied).toBeGreaterThan(ties!.lowerPlaces);
    expect(fixture.expected.FIRST.items.some((i) => i.facility > i.fullCredit + 0.2)).toBe(true);
    const multi = items.filter((i) => i.type === "multi");
    expect(multi.some((i) => i.choices.some((c) => c.text.zh.includes("、")))).toBe(true);
  });
});

describe.each(ANALYSIS_ATTEMPTS)("item analysis over each student's %s attempt", (rule) => {
  const expected = fixture.expected[rule];
  const chosen = attemptsOf.map((attempts) => attemptForAnalysis(attempts, rule)!);
  const sittings = chosen.map((a, i) => sittingOf(fixture.students[i]!.id, a));
  const analysis = analyzeItems(items, sittings, none);

  it("picks the same attempts as the reference", () => {
    expect(chosen.map((a, i) => attemptsOf[i]!.indexOf(a))).toEqual(expected.attempts);
  });

  it.each(expected.items.map((e, index) => [e.itemId, index] as const))("%s: every figure", (_, index) => {
    const got = analysis[index]!;
    const want = expected.items[index]!;
    expect(got).toMatchObject({
      itemId: want.itemId,
      n: want.n,
      answered: want.answered,
      blank: want.blank,
      upperLowerGroupSize: want.upperLowerGroupSize,
    });
    expect(got.facility).toBeCloseTo(want.facility, CLOSE);
    expect(got.fullCredit).toBeCloseTo(want.fullCredit, CLOSE);
    if (want.pointBiserial === null) expect(got.pointBiserial).toBeNull();
    else expect(got.pointBiserial).toBeCloseTo(want.pointBiserial, CLOSE);
    expect(got.upperLower).toBeCloseTo(want.upperLower, CLOSE);
    if (want.choices) {
      expect(got.choices!.map((c) => c.id)).toEqual(want.choices.map((c) => c.id));
      got.choices!.forEach((c, i) => {
        expect(c.count).toBe(want.choices![i]!.count);
        expect(c.share).toBeCloseTo(want.choices![i]!.share, CLOSE);
      });
    } else expect(got.choices).toBeNull();
    if (want.wrongResponses) {
      const item = items[index]!;
      const reference = want.wrongResponses.map((w) => ({
        response: responseText(item, w.response, "zh"),
        credit: w.credit,
        count: w.count,
      }));
      const top = got.commonWrong!;
      expect(top).toHaveLength(Math.min(5, reference.length));
      // The five most frequent, each with its count and the credit it earned.
      expect(top.map((w) => w.count)).toEqual(reference.slice(0, top.length).map((w) => w.count));
      for (const w of top) {
        const match = reference.find(
          (r) => r.response === w.response && Math.abs(r.credit - w.credit) < 1e-12,
        );
        expect(match?.count).toBe(w.count);
      }
    } else expect(got.commonWrong).toBeNull();
  });

  it("reliability: alpha (KR-20 when dichotomous), SD and SEM", () => {
    const got = reliability(items, sittings, none);
    const want = expected.reliability;
    expect(got).toMatchObject({ status: "OK", n: want.n, items: want.items, maxScore: want.maxScore });
    expect(got.method).toBe(want.method);
    expect(got.alpha).toBeCloseTo(want.alpha, CLOSE);
    expect(got.mean).toBeCloseTo(want.mean, CLOSE);
    expect(got.sd).toBeCloseTo(want.sd, CLOSE);
    expect(got.sem).toBeCloseTo(want.sem, CLOSE);
  });

  it("misconception tally", () => {
    const got = misconceptionTally(items, sittings, none);
    expect(got.map(({ tag, responses, students }) => ({ tag, responses, students }))).toEqual(
      expected.misconceptions,
    );
  });

  it("the upper-lower index does not depend on the students' order or ids", () => {
    const renamed = [...sittings].reverse().map((s, i) => ({ ...s, studentId: `z${99 - i}` }));
    const again = analyzeItems(items, renamed, none);
    again.forEach((item, i) => expect(item.upperLower).toBeCloseTo(analysis[i]!.upperLower!, 12));
  });
});

describe("the counted (best) attempts", () => {
  it("score distribution", () => {
    const want = fixture.expected.BEST.distribution!;
    const percents = attemptsOf.map((attempts) => percentOf(attemptForAnalysis(attempts, "BEST")!)!);
    const got = scoreDistribution(percents);
    expect(got.n).toBe(want.n);
    // Scores are stored to millionths of a point: within 1/12 of that as a percentage.
    expect(got.mean).toBeCloseTo(want.mean, 5);
    expect(got.median).toBeCloseTo(want.median, 5);
    expect(got.bins.map((b) => b.count)).toEqual(want.bins);
  });

  it("of two attempts with equal scores summed in different orders, the earliest counts", () => {
    const twin = attemptsOf[0]!.slice(0, 2);
    expect(twin[0]!.score).toBe(twin[1]!.score);
    expect(attemptForAnalysis(twin, "BEST")).toBe(twin[0]);
  });
});

describe("KR-20 on the dichotomous items", () => {
  it("equals the reference's p·q formula and is labelled KR-20", () => {
    const want = fixture.expected.FIRST_DICHOTOMOUS;
    const subset = items.filter((i) => want.itemIds.includes(i.id));
    const sittings = attemptsOf.map((attempts, i) =>
      sittingOf(fixture.students[i]!.id, attemptForAnalysis(attempts, "FIRST")!),
    );
    const got = reliability(subset, sittings, none);
    expect(got.method).toBe("KR-20");
    expect(got.alpha).toBeCloseTo(want.reliability.alpha, CLOSE);
    expect(got.sem).toBeCloseTo(want.reliability.sem, CLOSE);
  });
});

describe("responses CSV round trip of multiple choices", () => {
  it("splits every multiple-choice response back into the options picked, where the text cannot", () => {
    const multi = items.filter((i) => i.type === "multi");
    const responses = fixture.students.flatMap((s) =>
      s.attempts.flatMap((a) =>
        multi.flatMap((item) => (a.answers[item.id] ? [[item, a.answers[item.id]!]] : [])),
      ),
    ) as [TItem, TFixtureAnswer][];
    const csv = toCsv(
      ["item id", "response", "choice ids"],
      responses.map(([item, a]) => [
        item.id,
        responseText(item, a.response, "zh"),
        responseChoiceIds(item, a.response),
      ]),
    );
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(rows).toHaveLength(responses.length);
    let ambiguousText = 0;
    rows.forEach((row, i) => {
      const [, answer] = responses[i]!;
      const picked = (answer.response as { choices: string[] }).choices;
      expect(new Set(row["choice ids"]!.split(CHOICE_ID_SEPARATOR))).toEqual(new Set(picked));
      if (row.response!.split("、").length !== picked.length) ambiguousText += 1;
    });
    expect(ambiguousText).toBeGreaterThan(0); // the text alone would not have round-tripped
  });
});
