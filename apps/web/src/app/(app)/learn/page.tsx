import { itemsByLesson, lessons } from "@dc/content";
import { type Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { localized } from "~/lib/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("learn"))("title") };
}

export default async function LearnPage() {
  const [t, locale] = await Promise.all([getTranslations("learn"), getLocale()]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <ol className="grid gap-4 md:grid-cols-2">
        {lessons.map((lesson) => (
          <li key={lesson.id} className="card flex flex-col gap-2">
            <span className="text-accent-dark text-sm font-medium">{t("lesson", { n: lesson.id })}</span>
            <h2 className="font-serif text-xl font-bold">{localized(lesson.title, locale)}</h2>
            <p className="text-muted">{localized(lesson.summary, locale)}</p>
            <p className="text-muted mt-auto text-sm">
              {t("paragraphs", { count: lesson.paragraphIds.length })} ·{" "}
              {t("items", { count: itemsByLesson(lesson.id).length })}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
