import { article, getParagraph, type TLesson } from "@dc/content/reader";
import { getTranslations } from "next-intl/server";
import { AppendixTable } from "./appendix-table";
import { AppendixTimeline } from "./appendix-timeline";
import { Paragraph } from "./paragraph";
import { ZhText } from "./zh-text";

/**
 * The lesson's part of the article: its paragraphs or, for lesson 5, the appendix table. Looked up on
 * the server, so that the browser gets this lesson's text and not the whole article and every lesson.
 */
export async function LessonText({ lesson }: { lesson: TLesson }) {
  const t = await getTranslations("reader");
  if (lesson.sectionId === "s5") {
    const { appendix } = article;
    return (
      <section aria-labelledby="appendix-caption">
        <ZhText
          as="h2"
          id="appendix-caption"
          text={appendix.caption}
          className="mb-8 font-serif text-2xl leading-snug font-bold"
        />
        <AppendixTimeline rows={appendix.rows} />
        <AppendixTable appendix={appendix} glossary={lesson.glossary} />
      </section>
    );
  }
  return (
    <section aria-label={t("text")} className="space-y-5">
      {lesson.paragraphIds.map((id) => {
        const paragraph = getParagraph(id);
        return paragraph && <Paragraph key={id} id={id} text={paragraph.text} glossary={lesson.glossary} />;
      })}
    </section>
  );
}
