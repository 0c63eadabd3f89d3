"use client";

import { article, getLesson } from "@dc/content/reader";
import type { TLessonId } from "@dc/content/schema";
import { useTranslations } from "next-intl";
import { AppendixTable } from "./appendix-table";
import { AppendixTimeline } from "./appendix-timeline";
import { Paragraph } from "./paragraph";
import { useZh } from "./use-script";

/** The lesson's part of the article: its paragraphs or, for lesson 5, the appendix table. */
export function LessonText({ lessonId }: { lessonId: TLessonId }) {
  const t = useTranslations("reader");
  const { zh, lang } = useZh();
  const lesson = getLesson(lessonId);
  if (!lesson) return null;

  if (lesson.sectionId === "s5") {
    return (
      <section aria-labelledby="appendix-caption">
        <h2 id="appendix-caption" lang={lang} className="mb-8 font-serif text-2xl leading-snug font-bold">
          {zh(article.appendix.caption)}
        </h2>
        <AppendixTimeline />
        <AppendixTable glossary={lesson.glossary} />
      </section>
    );
  }
  return (
    <section aria-label={t("text")} className="space-y-5">
      {lesson.paragraphIds.map((id) => (
        <Paragraph key={id} id={id} glossary={lesson.glossary} />
      ))}
    </section>
  );
}
