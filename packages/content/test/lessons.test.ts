import { describe, expect, it } from "vitest";

import { appendixRows, article, getParagraph } from "../src/article";
import { comparable } from "../src/bank/quality";
import { findPatternHits, mentionsFact } from "../src/facts";
import { NOT_FACTS } from "../src/facts/not-facts";
import { getLesson, lessons } from "../src/lessons";
import { ZLesson } from "../src/lessons/schema";

const contains = mentionsFact;

describe("lessons", () => {
  it("are six, in order", () => {
    expect(lessons.map((lesson) => lesson.id)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(getLesson(3)?.sectionId).toBe("s3");
  });

  // The only place lessons are validated: they are not parsed at import (that would ship zod to browsers).
  it.each(lessons)("lesson $id is valid against its schema, which changes nothing in it", (lesson) => {
    expect(ZLesson.parse(lesson)).toEqual(lesson);
  });

  it.each(lessons)("lesson $id covers exactly the paragraphs of its section", (lesson) => {
    const section = article.sections.find((s) => s.id === lesson.sectionId);
    expect(lesson.paragraphIds).toEqual(section?.paragraphs.map((p) => p.id));
  });

  it.each(lessons)("lesson $id titles the titled sections with their headings", (lesson) => {
    const heading = article.sections.find((s) => s.id === lesson.sectionId)?.heading;
    if (lesson.id >= 1 && lesson.id <= 4) expect(lesson.title.zh).toBe(heading);
  });

  it.each(lessons)(
    "lesson $id: every glossary term occurs verbatim in its paragraph, one of the lesson's",
    (lesson) => {
      for (const entry of lesson.glossary) {
        expect(lesson.paragraphIds, entry.term).toContain(entry.paragraphId);
        expect(getParagraph(entry.paragraphId)?.text, entry.term).toContain(entry.term);
      }
      const terms = lesson.glossary.map((entry) => entry.term);
      expect(new Set(terms).size).toBe(terms.length);
    },
  );

  it("teach the terms the course is built on", () => {
    const terms = new Set(lessons.flatMap((lesson) => lesson.glossary.map((entry) => entry.term)));
    const required = [
      "兩頭在外",
      "大進大出",
      "國際大循環",
      "外貿的依存度",
      "世界工廠",
      "空心化",
      "去槓桿",
      "再工業化",
      "供給側結構性改革",
      "內生型",
      "微循環",
      "地攤經濟",
      "小店經濟",
      "卡脖子",
      "補短板",
      "六把鑰匙",
      "科技脫鈎",
      "十四五",
      "中國國際進口博覽會",
      "負面清單",
      "現代流通體系",
    ];
    expect(required.filter((term) => !terms.has(term))).toEqual([]);
  });

  it.each(lessons)(
    "lesson $id: every key fact is written in its paragraph (a row's month counts)",
    (lesson) => {
      for (const fact of lesson.keyFacts) {
        expect(lesson.paragraphIds, fact.text).toContain(fact.paragraphId);
        const row = appendixRows.find((r) => r.id === fact.paragraphId);
        const text = `${row?.monthLabel ?? ""}${getParagraph(fact.paragraphId)?.text ?? ""}`;
        expect(comparable(text), `${fact.paragraphId} ${fact.text}`).toContain(comparable(fact.text));
      }
    },
  );

  it.each(lessons)("lesson $id lists every date and figure of its text as a key fact", (lesson) => {
    const paragraphs = lesson.paragraphIds.flatMap((id) => getParagraph(id) ?? []);
    const hits = findPatternHits(paragraphs).filter(
      (hit) => !NOT_FACTS.some((entry) => entry.paragraphId === hit.paragraphId && entry.text === hit.text),
    );
    const months = appendixRows.filter((row) => lesson.paragraphIds.includes(row.id));
    const missing = [
      ...hits.filter(
        (hit) =>
          !lesson.keyFacts.some((f) => f.paragraphId === hit.paragraphId && contains(f.text, hit.core)),
      ),
      ...months.filter(
        (row) => !lesson.keyFacts.some((f) => f.paragraphId === row.id && f.text === row.monthLabel),
      ),
    ];
    expect(missing).toEqual([]);
  });

  it.each(lessons)("lesson $id: figures in its summary are figures of the article", (lesson) => {
    const articleText = [
      ...article.sections.flatMap((s) => s.paragraphs.map((p) => p.text)),
      ...appendixRows.map((row) => row.monthLabel),
      // The article numbers its three points 其一, 其二, 其三; summaries call them 第一點 etc.
      "一點 二點 三點",
    ].join("\n");
    const summaryHits = findPatternHits([{ id: "summary", sectionId: "s0", text: lesson.summary.zh }]);
    const invented = summaryHits.filter((hit) => !contains(articleText, hit.core));
    expect(invented).toEqual([]);
  });

  it.each(lessons)("lesson $id: timeline is sorted and points into the lesson", (lesson) => {
    const dates = lesson.timeline.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
    for (const event of lesson.timeline) expect(lesson.paragraphIds).toContain(event.paragraphId);
  });

  it("lesson 5's timeline has the seven speeches in table order", () => {
    const timeline = getLesson(5)?.timeline ?? [];
    expect(timeline.map((event) => event.paragraphId)).toEqual(appendixRows.map((row) => row.id));
    expect(timeline.map((event) => event.date)).toEqual(
      appendixRows.map((row) => `2020-${String(row.month).padStart(2, "0")}`),
    );
  });
});
