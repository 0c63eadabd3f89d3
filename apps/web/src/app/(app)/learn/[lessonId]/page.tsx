import { getLesson, type TLesson } from "@dc/content/reader";
import type { TLessonId } from "@dc/content/schema";
import { type Metadata } from "next";
import { Link } from "~/components/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StartActivity } from "~/components/start-activity";
import { getZh } from "~/i18n/server-script";
import { localized } from "~/lib/localized";
import { getSessionUser } from "~/server/auth";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { LessonPager } from "./lesson-pager";
import { LessonText } from "./lesson-text";
import { MarkRead } from "./mark-read";
import { ReadingProgressProvider } from "./reading-progress";
import { ReadingStatus } from "./reading-status";
import { ResumeLink } from "./resume-link";
import { ScriptSwitch } from "./script-switch";
import { SidePanel, type TPanelPart } from "./side-panel";
import { ZhText } from "./zh-text";

type Props = { params: Promise<{ lessonId: string }> };

/** "0" to "5" name a lesson; anything else ("01", "6", "x") is not found. */
async function lessonOf(params: Props["params"]): Promise<TLesson | undefined> {
  const { lessonId } = await params;
  return /^[0-5]$/.test(lessonId) ? getLesson(Number(lessonId) as TLessonId) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = await lessonOf(params);
  return lesson ? { title: localized(lesson.title, await getLocale()) } : {};
}

export default async function LessonPage({ params }: Props) {
  const lesson = await lessonOf(params);
  if (!lesson) notFound();
  const lessonId = lesson.id;
  const [t, tl, ta, locale, user, zh] = await Promise.all([
    getTranslations("reader"),
    getTranslations("learn"),
    getTranslations("attempt"),
    getLocale(),
    getSessionUser(),
    getZh(),
  ]);
  // Awaited, so that the server renders the same progress the browser hydrates with.
  await getQueryClient().prefetchQuery(trpc.reading.get.queryOptions({ lessonId }));

  const guide: TPanelPart[] =
    lesson.sectionId === "s5" ? ["keyFacts", "glossary"] : ["keyFacts", "glossary", "timeline"];

  return (
    <HydrateClient>
      <ReadingProgressProvider key={lessonId} lessonId={lessonId} paragraphIds={lesson.paragraphIds}>
        <article aria-labelledby="lesson-title">
          <header className="mb-6 max-w-3xl">
            <p className="text-muted mb-2 flex flex-wrap items-center gap-x-2 text-sm">
              <Link href="/learn" className="hover:text-accent-dark underline underline-offset-4">
                {t("allLessons")}
              </Link>
              <span aria-hidden>/</span>
              <span className="text-accent-dark font-medium">{tl("lesson", { n: lessonId })}</span>
            </p>
            <h1 id="lesson-title" className="font-serif text-3xl leading-snug font-bold tracking-tight">
              {locale === "en" ? lesson.title.en : <ZhText text={lesson.title.zh} />}
            </h1>
            {locale === "en" && (
              <p className="text-muted mt-1 font-serif text-lg">
                <ZhText text={lesson.title.zh} />
              </p>
            )}
          </header>

          {/* In the first screen, where a returning reader looks (it sat 855 px down, below the fold). */}
          <ResumeLink />

          <section aria-labelledby="lesson-summary" className="card mb-6 max-w-3xl">
            <h2 id="lesson-summary" className="text-accent-dark text-sm font-semibold">
              {t("summary")}
            </h2>
            <p className="mt-2 leading-[1.9]">{zh(localized(lesson.summary, locale))}</p>
          </section>

          {user?.role === "STUDENT" && (
            <section aria-labelledby="lesson-practice" className="card mb-6 max-w-3xl">
              <h2 id="lesson-practice" className="text-accent-dark text-sm font-semibold">
                {ta("practiseTitle")}
              </h2>
              <div className="mt-3">
                <StartActivity lessonId={lessonId} />
              </div>
            </section>
          )}

          <div className="border-line bg-paper/95 sticky top-0 z-20 -mx-4 mb-6 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b px-4 py-2 backdrop-blur">
            <ScriptSwitch />
            <ReadingStatus />
          </div>

          <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_19rem] lg:gap-10 xl:gap-14">
            <div className="min-w-0 lg:pl-12">
              <div className="mb-8 lg:hidden">
                <SidePanel lesson={lesson} parts={["objectives"]} variant="collapsible" />
              </div>
              <div className="max-w-[42rem]">
                <LessonText lesson={lesson} />
                <MarkRead />
              </div>
              <div className="mt-8 lg:hidden">
                <SidePanel lesson={lesson} parts={guide} variant="collapsible" />
              </div>
              <LessonPager lessonId={lessonId} />
            </div>
            <aside aria-label={t("panel")} className="hidden lg:block">
              <div className="sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto pr-1 pb-8">
                <SidePanel lesson={lesson} parts={["objectives", ...guide]} variant="column" />
              </div>
            </aside>
          </div>
        </article>
      </ReadingProgressProvider>
    </HydrateClient>
  );
}
