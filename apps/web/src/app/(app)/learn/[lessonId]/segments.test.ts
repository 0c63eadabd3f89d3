import { appendixRows, getParagraph, lessons } from "@dc/content/reader";
import { toSimplified } from "@dc/content/simplify";
import { describe, expect, it } from "vitest";
import { convertSegments, glossaryIn, gluePunctuation, markedTerms, splitAtTerms } from "./segments";

const join = (segments: { text: string }[]) => segments.map((segment) => segment.text).join("");

describe("splitAtTerms", () => {
  it("marks the first occurrence of each term and keeps every character", () => {
    const text = "外循環由來已久，外循環今後難獨撐大局";
    const segments = splitAtTerms(text, ["外循環", "大局"]);
    expect(segments).toEqual([
      { text: "外循環", term: "外循環" },
      { text: "由來已久，外循環今後難獨撐" },
      { text: "大局", term: "大局" },
    ]);
    expect(join(segments)).toBe(text);
  });

  it("lets a longer term win over a shorter one inside it, and then finds the shorter one later", () => {
    const segments = splitAtTerms("產業空心化，令經濟空心化", ["空心化", "產業空心化"]);
    expect(segments).toEqual([
      { text: "產業空心化", term: "產業空心化" },
      { text: "，令經濟" },
      { text: "空心化", term: "空心化" },
    ]);
  });

  it("leaves a term unmarked when every occurrence overlaps a longer term", () => {
    const segments = splitAtTerms("國際大循環", ["國際大循環", "大循環"]);
    expect(segments).toEqual([{ text: "國際大循環", term: "國際大循環" }]);
  });

  it("handles no terms, absent terms, empty terms, skipped terms and empty text", () => {
    expect(splitAtTerms("abc", [])).toEqual([{ text: "abc" }]);
    expect(splitAtTerms("abc", ["x", ""])).toEqual([{ text: "abc" }]);
    expect(splitAtTerms("abc", ["b"], new Set(["b"]))).toEqual([{ text: "abc" }]);
    expect(splitAtTerms("", ["a"])).toEqual([]);
  });

  it("keeps every paragraph of every lesson intact and marks each glossary term where it is defined", () => {
    for (const lesson of lessons) {
      const terms = lesson.glossary.map((entry) => entry.term);
      for (const id of lesson.paragraphIds) {
        const text = getParagraph(id)?.text ?? "";
        const segments = splitAtTerms(text, terms);
        expect(join(segments)).toBe(text);
        const marked = markedTerms(segments);
        for (const entry of lesson.glossary.filter((e) => e.paragraphId === id)) {
          expect(marked.has(entry.term), `${entry.term} in ${id}`).toBe(true);
        }
      }
    }
  });

  it("marks a term once per appendix row across its points", () => {
    const row = appendixRows.find((r) => r.id === "s5-r5");
    const terms = lessons[5]?.glossary.map((entry) => entry.term) ?? [];
    let used = new Set<string>();
    const counts = new Map<string, number>();
    for (const point of row?.points ?? []) {
      const segments = splitAtTerms(point, terms, used);
      expect(join(segments)).toBe(point);
      used = new Set([...used, ...markedTerms(segments)]);
      for (const term of markedTerms(segments)) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    expect(counts.get("關鍵核心技術")).toBe(1);
    expect(counts.get("供給側結構性改革")).toBe(1);
  });
});

describe("glossaryIn", () => {
  it("keeps the entries that mark every text of every lesson just as the whole glossary does", () => {
    const texts = (lesson: (typeof lessons)[number]) =>
      lesson.sectionId === "s5"
        ? appendixRows.flatMap((row) => row.points)
        : lesson.paragraphIds.map((id) => getParagraph(id)?.text ?? "");
    for (const lesson of lessons) {
      const terms = lesson.glossary.map((entry) => entry.term);
      for (const text of texts(lesson)) {
        const skip = new Set(terms.slice(0, 2));
        const picked = glossaryIn(text, lesson.glossary, skip).map((entry) => entry.term);
        expect(splitAtTerms(text, picked)).toEqual(splitAtTerms(text, terms, skip));
        expect(picked.every((term) => text.includes(term) && !skip.has(term))).toBe(true);
      }
    }
  });
});

describe("convertSegments", () => {
  it("converts to Simplified and keeps the runs and their terms", () => {
    const text = getParagraph("s1-p2")?.text ?? "";
    const segments = splitAtTerms(text, ["經濟特區", "兩頭在外"]);
    const simplified = convertSegments(segments, toSimplified);
    expect(join(simplified)).toBe(toSimplified(text));
    expect(simplified.map((s) => s.term)).toEqual(segments.map((s) => s.term));
    expect(simplified.find((s) => s.term === "經濟特區")?.text).toBe("经济特区");
  });

  it("converts run by run when the conversion changes the length", () => {
    const segments = [{ text: "ab" }, { text: "c", term: "c" }];
    const converted = convertSegments(segments, (text) => text.toUpperCase().replaceAll("B", "BB"));
    expect(converted).toEqual([{ text: "ABB" }, { text: "C", term: "c" }]);
  });
});

describe("gluePunctuation", () => {
  const flat = (pieces: ReturnType<typeof gluePunctuation>) =>
    pieces.map((piece) => ("term" in piece ? piece.before + piece.text + piece.after : piece.text)).join("");

  it("ties opening brackets before and closing marks after a term to it", () => {
    const segments = splitAtTerms("有關「外循環」的發展，", ["外循環"]);
    expect(gluePunctuation(segments)).toEqual([
      { text: "有關" },
      { term: "外循環", text: "外循環", before: "「", after: "」" },
      { text: "的發展，" },
    ]);
  });

  it("drops runs that are all punctuation and keeps adjacent terms apart", () => {
    const segments = splitAtTerms("「兩頭在外、大進大出」", ["兩頭在外", "大進大出"]);
    expect(gluePunctuation(segments)).toEqual([
      { term: "兩頭在外", text: "兩頭在外", before: "「", after: "、" },
      { term: "大進大出", text: "大進大出", before: "", after: "」" },
    ]);
  });

  it("keeps every character of every lesson paragraph", () => {
    for (const lesson of lessons) {
      const terms = lesson.glossary.map((entry) => entry.term);
      for (const id of lesson.paragraphIds) {
        const text = getParagraph(id)?.text ?? "";
        expect(flat(gluePunctuation(splitAtTerms(text, terms)))).toBe(text);
      }
    }
  });
});
