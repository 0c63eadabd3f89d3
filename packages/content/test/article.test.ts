import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { appendixRows, article, getParagraph, paragraphs, SOURCE } from "../src/article";
import { parseArticle, BULLET } from "../src/article/parse";
import { stripWhitespace } from "../src/article/whitespace";
import { readSharedArticle } from "./shared-article";

const shared = readSharedArticle();

describe("embedded source", () => {
  it.skipIf(shared === null)("equals shared/article/dual-circulation.zh-Hant.txt byte for byte", () => {
    expect(SOURCE).toBe(shared);
  });
  if (shared === null)
    console.warn("shared/article not found beside the repository: source equality not checked");
});

describe("rebuilt article", () => {
  it("keeps every word: joined, it is the source without whitespace and the PDF bullets", () => {
    const parts = [
      article.title,
      article.subtitle,
      ...article.sections
        .filter((section) => section.id !== "s5")
        .flatMap((section) => [section.heading ?? "", ...section.paragraphs.map((p) => p.text)]),
      article.appendix.caption,
      ...article.appendix.columns,
      ...appendixRows.flatMap((row) => [row.monthLabel, row.occasion, ...row.points]),
      article.appendix.sourceNote,
    ];
    const expected = stripWhitespace(SOURCE).replaceAll(BULLET, "");
    expect(stripWhitespace(parts.join(""))).toBe(expected);
  });

  it("has the sections and headings of the article", () => {
    expect(article.title).toBe("中國經濟「雙循環」新格局：大船轉舵");
    expect(article.subtitle).toBe("(「國內國際雙循環」專題討論之一)");
    expect(article.sections.map((section) => [section.id, section.heading])).toEqual([
      ["s0", null],
      ["s1", "外循環由來已久 今後難獨撐大局"],
      ["s2", "內循環與微循環 擴大需求增「內力」"],
      ["s3", "促循環長短兼顧 科技創新補短板"],
      ["s4", "內外須相輔相承 打造開放式循環"],
      ["s5", "附表1：國家主席習近平過去幾個月對「雙循環」的重點發言匯總"],
    ]);
    expect(article.sections.map((section) => section.paragraphs.length)).toEqual([1, 5, 6, 5, 5, 7]);
  });

  it("joins PDF lines: no whitespace inside Chinese, one space between Latin words", () => {
    const s0 = getParagraph("s0-p1")?.text ?? "";
    expect(s0).toContain("5月14日，中央政治局常委會議首次提出「充分發揮");
    expect(s0).toContain("自今年5月份以來");
    expect(getParagraph("s1-p2")?.text).toContain("上世紀80年代以來");
    expect(getParagraph("s1-p3")?.text).toContain("西方消費(Made by East, Consumed by West)」");
    expect(getParagraph("s1-p3")?.text).toContain("即進出口佔GDP的比重");
    expect(getParagraph("s1-p3")?.text).toContain("2001至2008年期間的年均增速分別達11.6%和22.3%");
    expect(getParagraph("s2-p5")?.text).toContain("內生型(Endogenous Growth)的成長");
    expect(getParagraph("s3-p1")?.text).toContain("2020年的GDP亦將陷入0.7%的萎縮");
    expect(getParagraph("s4-p1")?.text).toContain("在7月21日企業家座談會上");
    expect(getParagraph("s4-p2")?.text).toContain("已超過美國電商規模的1.4倍以上");
    for (const paragraph of paragraphs) {
      for (const line of paragraph.text.split("\n")) {
        // The only whitespace left: a single space with Latin letters or digits on both sides.
        expect(line.replace(/(?<=[A-Za-z0-9,.]) (?=[A-Za-z0-9])/g, ""), paragraph.id).not.toMatch(/\s/);
      }
    }
  });

  it("heals paragraphs split by page breaks", () => {
    expect(getParagraph("s3-p2")?.text).toContain("不可避免增加了中國從海外引進先進技術的難度");
    expect(getParagraph("s4-p2")?.text).toContain("2019年，中國的社會消費品零售總額超過41萬億元人民幣");
    expect(getParagraph("s1-p4")?.text.startsWith("但須看到")).toBe(true);
  });

  it("turns the appendix into rows of month, occasion and content points", () => {
    expect(article.appendix.columns).toEqual(["時間", "場合", "主要內容"]);
    expect(article.appendix.sourceNote).toBe("資料來源：新華社、廠商會研究部整理");
    expect(appendixRows.map((row) => [row.id, row.month, row.occasion, row.points.length])).toEqual([
      ["s5-r1", 5, "中央政治局常委會議", 1],
      ["s5-r2", 5, "全國兩會經濟界政協委員會議", 1],
      ["s5-r3", 7, "企業家座談會", 2],
      ["s5-r4", 7, "中央政治局會議", 1],
      ["s5-r5", 8, "「十四五」規劃經濟社會領域專家座談會", 4],
      ["s5-r6", 9, "中央全面深化改革委員會第十五次會議", 2],
      ["s5-r7", 9, "中央財經委員會第八次會議", 2],
    ]);
    expect(appendixRows.every((row) => row.monthLabel === `${row.month}月`)).toBe(true);
    expect(appendixRows[2]?.points[1]).toBe(
      "以國內大循環為主體，絕不是關起門來封閉運行，而是通過發揮內需潛力，使國內市場和國際市場更好聯通，更好利用國際國內兩個市場、兩種資源，實現更加強勁可持續的發展。",
    );
    expect(getParagraph("s5-r4")?.text).toBe(
      "中央政治局會議\n當前經濟形勢仍然複雜嚴峻，我們遇到的很多問題是中長期的，必須從持久戰的角度加以認識，加快形成以國內大循環為主體、國內國際雙循環相互促進的新發展格局。",
    );
  });

  it("fails loudly on text it does not understand", () => {
    expect(() => parseArticle("標題 \n\n副題 \n\n沒有結尾的段落")).toThrow(/after the last block/);
    expect(() => parseArticle("標題 \n\n副題 \n\n一段。 \n")).toThrow(/附表/);
  });
});

describe("paragraph ids follow docs/paragraphs.md", () => {
  const doc = readFileSync(new URL("../docs/paragraphs.md", import.meta.url), "utf8");
  const rows = [...doc.matchAll(/^\| (s\d-[pr]\d+) \| (.+?) \| (.+?) \|$/gm)].map((match) => ({
    id: match[1] ?? "",
    start: stripWhitespace(match[2] ?? ""),
    // "ends with" may carry a note in parentheses after the quoted end.
    end: stripWhitespace((match[3] ?? "").trim().replace(/\s\(.*\)$/, "")),
  }));

  it("lists the same ids as the parser produces", () => {
    expect(rows).toHaveLength(29);
    expect(paragraphs.map((paragraph) => paragraph.id)).toEqual(rows.map((row) => row.id));
  });

  it.each(rows)("$id starts and ends where the contract says", ({ id, start, end }) => {
    // The contract names a table row by its month cell too; the row's paragraph text starts after it.
    const month = appendixRows.find((row) => row.id === id)?.monthLabel ?? "";
    const text = month + stripWhitespace(getParagraph(id)?.text ?? "");
    expect(text.startsWith(start), `${id} starts with ${start}`).toBe(true);
    expect(text.endsWith(end), `${id} ends with ${end}`).toBe(true);
  });
});
