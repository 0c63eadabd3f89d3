import { itemsByLesson, lessons } from "@dc/content";
import { type Metadata } from "next";
import { Link } from "~/components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { getZh } from "~/i18n/server-script";
import { localized } from "~/lib/localized";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { getSessionUser } from "~/server/auth";
import { Suspense } from "react";
import { StudentHome } from "./home/student-home";
import { LessonProgress } from "./lesson-progress";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("learn"))("title") };
}

export default async function LearnPage() {
  const [t, locale, user, zh] = await Promise.all([
    getTranslations("learn"),
    getLocale(),
    getSessionUser(),
    getZh(),
  ]);
  // Students land here: what to do next comes first, then the lessons.
  const isStudent = user?.role === "STUDENT";
  const CardTitle = isStudent ? "h3" : "h2";
  // Awaited, so that the server renders the same progress the browser hydrates with.
  await getQueryClient().prefetchQuery(trpc.reading.list.queryOptions());
  return (
    <HydrateClient>
      {isStudent ? (
        <>
          <Suspense fallback={<HomeSkeleton />}>
            <StudentHome />
          </Suspense>
          <div className="mb-6 max-w-2xl">
            <h2 className="font-serif text-2xl font-bold">{t("title")}</h2>
            <p className="text-muted mt-1">{t("lead")}</p>
          </div>
        </>
      ) : (
        <PageHeader title={t("title")} lead={t("lead")} />
      )}
      <ol className="grid gap-4 md:grid-cols-2">
        {lessons.map((lesson) => (
          <li
            key={lesson.id}
            className="card hover:border-accent has-[a:focus-visible]:ring-accent relative flex flex-col gap-2 transition-colors has-[a:focus-visible]:ring-2"
          >
            <span className="text-accent-dark text-sm font-medium">{t("lesson", { n: lesson.id })}</span>
            <CardTitle className="font-serif text-xl font-bold">
              {/* The link covers the whole card; its name stays the title. */}
              <Link
                href={`/learn/${lesson.id}`}
                className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none"
              >
                {zh(localized(lesson.title, locale))}
              </Link>
            </CardTitle>
            <p className="text-muted">{zh(localized(lesson.summary, locale))}</p>
            <p className="text-muted mt-auto text-sm">
              {t("paragraphs", { count: lesson.paragraphIds.length })} ·{" "}
              {t("items", { count: itemsByLesson(lesson.id, "practice").length })}
            </p>
            <LessonProgress lessonId={lesson.id} />
          </li>
        ))}
      </ol>
    </HydrateClient>
  );
}

function HomeSkeleton() {
  return (
    <div aria-busy className="mb-10 grid animate-pulse gap-4 md:grid-cols-3">
      <div className="h-48 rounded-2xl bg-stone-100 md:col-span-2" />
      <div className="h-48 rounded-2xl bg-stone-100" />
    </div>
  );
}
