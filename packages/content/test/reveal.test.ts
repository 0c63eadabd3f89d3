import { describe, expect, it } from "vitest";

import { answerText } from "../src/answer-text";
import { revealFor } from "../src/reveal";
import { fixtures } from "./fixtures";

describe("answerText", () => {
  it("writes each key in words", () => {
    expect(answerText(fixtures.single, "zh")).toBe("2001年");
    expect(answerText(fixtures.multi, "zh")).toBe("強化基礎研究、加強創新人才教育培養、加強國際科技合作");
    expect(answerText(fixtures.truefalse, "zh")).toBe("錯誤");
    expect(answerText(fixtures.truefalse, "en")).toBe("False");
    expect(answerText(fixtures.numeric, "zh")).toBe("3,040億美元");
    expect(answerText({ ...fixtures.numeric, answer: 2014, unit: "年" }, "zh")).toBe("2014年");
    expect(answerText({ ...fixtures.numeric, answer: 35.1, unit: "個百分點" }, "en")).toBe("35.1個百分點");
    expect(answerText(fixtures.date, "zh")).toBe("5月14日");
    expect(answerText(fixtures.date, "en")).toBe("14 May");
    expect(answerText({ ...fixtures.date, answer: { year: 2006, month: 12 } }, "en")).toBe("December 2006");
    expect(answerText(fixtures.ordering, "zh")).toBe(
      "設立經濟特區 → 加入世界貿易組織 → 外貿依存度創67%新高 → 全球金融危機爆發",
    );
    expect(answerText(fixtures.matching, "zh")).toBe(
      "絕不是關起門來封閉運行 → 企業家座談會；從持久戰的角度加以認識 → 中央政治局會議；建設現代流通體系 → 中央財經委員會第八次會議",
    );
    expect(answerText(fixtures.cloze, "zh")).toBe("包括鼓勵地攤經濟以及小店經濟等傳統產業以外的多元經濟型態");
  });

  it("falls back to Chinese where an option has no English", () => {
    expect(answerText(fixtures.single, "en")).toBe("2001年");
  });
});

describe("revealFor", () => {
  it("gives the key, the key in words, the explanation and the source", () => {
    expect(revealFor(fixtures.numeric)).toEqual({
      itemId: "l3-fixture-numeric",
      type: "numeric",
      key: 3040,
      answerText: { zh: "3,040億美元", en: "3,040億美元" },
      explanation: fixtures.numeric.explanation,
      sources: [{ paragraphId: "s3-p3", quote: "2019年中國從海外進口晶片價值高達3,040億美元" }],
    });
  });
});
