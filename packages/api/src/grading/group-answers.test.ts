import { describe, expect, it } from "vitest";
import { groupAnswers } from "./group-answers";

const LONG = "外部需求不穩定出口難以繼續帶動經濟增長所以要以國內大循環為主體";
type TAnswer = { student: string; text: string };
const answers = (...texts: [string, string][]): TAnswer[] =>
  texts.map(([student, text]) => ({ student, text }));
const students = (groups: { answers: TAnswer[] }[]) => groups.map((g) => g.answers.map((a) => a.student));

describe("groupAnswers", () => {
  it("puts identical answers (after normalising) in one group, the largest first", () => {
    const groups = groupAnswers(
      answers(["A", "科技自立"], ["B", LONG], ["C", `${LONG}。`], ["D", LONG.replace("國內", "国内")]),
      (a) => a.text,
    );
    expect(students(groups)).toEqual([["B", "C", "D"], ["A"]]);
  });

  it("joins a near-identical answer (one character differs) to its group", () => {
    const groups = groupAnswers(
      answers(["A", LONG], ["B", LONG.replace("穩定", "穩訂")], ["C", "內循環為主"]),
      (a) => a.text,
    );
    expect(students(groups)).toEqual([["A", "B"], ["C"]]);
  });

  it("compares with a group's founder, so small edits cannot chain into a different answer", () => {
    // Each text differs from the previous by a few characters; the last is far from the first.
    const step1 = LONG.replace("外部需求", "外部需要");
    const step2 = step1.replace("出口難以", "出口不能");
    const step3 = step2.replace("帶動經濟", "推動經濟");
    const groups = groupAnswers(
      answers(["A", LONG], ["B", LONG], ["C", step1], ["D", step2], ["E", step3]),
      (a) => a.text,
    );
    const withA = groups.find((g) => g.answers.some((a) => a.student === "A"))!;
    expect(withA.answers.map((a) => a.student)).toContain("C");
    expect(withA.answers.map((a) => a.student)).not.toContain("E");
  });

  it("keeps blank answers in a group of their own", () => {
    const groups = groupAnswers(answers(["A", "。"], ["B", "  "], ["C", "內循環"]), (a) => a.text);
    expect(students(groups)).toEqual([["A", "B"], ["C"]]);
    expect(groups[0]!.key).toBe("");
  });

  it("keeps the given order among groups of the same size", () => {
    const groups = groupAnswers(answers(["A", "甲乙丙"], ["B", "丁戊己"], ["C", "庚辛壬"]), (a) => a.text);
    expect(students(groups)).toEqual([["A"], ["B"], ["C"]]);
  });

  it("returns no groups for no answers", () => {
    expect(groupAnswers([], (a: TAnswer) => a.text)).toEqual([]);
  });
});
