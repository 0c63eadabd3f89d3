import { describe, expect, it } from "vitest";

import { evaluateCalculation } from "../src/bank/calculation";
import { calculationProblem, keyInQuoteProblem } from "../src/bank/quality";
import { fixtures } from "./fixtures";

describe("evaluateCalculation", () => {
  it("reads numbers, the four operations and parentheses, with precedence", () => {
    expect(evaluateCalculation("67 - 31.9").value).toBeCloseTo(35.1);
    expect(evaluateCalculation("41 / 96 * 100").value).toBeCloseTo(42.708, 3);
    expect(evaluateCalculation("(2008 - 2001) * 2").value).toBe(14);
    expect(evaluateCalculation("2 + 3 * 4").value).toBe(14);
    expect(evaluateCalculation("-(3 - 5)").value).toBe(2);
    expect(evaluateCalculation("(67 - 31.9) / 67 * 100").numbers).toEqual([67, 31.9, 67, 100]);
  });

  it("refuses anything else", () => {
    for (const bad of ["67 -", "(1 + 2", "1 + 2)", "Math.max(1)", "1e3", "2 ** 3", ""]) {
      expect(() => evaluateCalculation(bad), bad).toThrow();
    }
  });
});

describe("calculated numeric keys", () => {
  const fall = {
    ...fixtures.numeric,
    id: "l2-fixture-fall",
    answer: 35.1,
    unit: "個百分點",
    tolerance: 0.1,
    calculation: "67 - 31.9",
    source: { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
    moreSources: [{ paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" }],
  };

  it("accepts a key that follows from quoted numbers within the tolerance", () => {
    expect(calculationProblem(fall)).toBeNull();
    expect(keyInQuoteProblem(fall)).toBeNull();
    expect(calculationProblem({ ...fall, answer: 35, tolerance: 0.1 })).toBeNull();
  });

  it("rejects a key the arithmetic does not give, or numbers no quote writes", () => {
    expect(keyInQuoteProblem({ ...fall, answer: 36 })).toMatch(/= 35\.1.*not 36/);
    expect(keyInQuoteProblem({ ...fall, calculation: "68 - 31.9", answer: 36.1 })).toMatch(/uses 68/);
    expect(keyInQuoteProblem({ ...fall, moreSources: undefined })).toMatch(/uses 31\.9/);
    expect(keyInQuoteProblem({ ...fall, calculation: "67 - x" })).toMatch(/not arithmetic/);
    expect(keyInQuoteProblem({ ...fall, answer: 35.2, tolerance: 0.2 })).toMatch(
      /not 67 - 31.9 = .* rounded to 1/,
    );
  });

  it("lets a calculation turn a share into a percentage with 100, and read 萬億 amounts as written", () => {
    const usRetail = {
      ...fall,
      answer: 42.7,
      unit: "萬億元人民幣",
      tolerance: 0.1,
      calculation: "41 / 96 * 100",
      source: {
        paragraphId: "s4-p2",
        quote: "社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場規模的96%",
      },
      moreSources: undefined,
    };
    expect(keyInQuoteProblem(usRetail)).toBeNull();
  });
});
