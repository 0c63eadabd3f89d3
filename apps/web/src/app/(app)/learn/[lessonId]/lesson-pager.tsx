import { getLesson } from "@dc/content/reader";
import type { TLessonId } from "@dc/content/schema";
import { Link } from "~/components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "~/lib/localized";

/** Links to the previous and the next lesson at the foot of the reader. */
export async function LessonPager({ lessonId }: { lessonId: TLessonId }) {
  const [t, tl, locale] = await Promise.all([
    getTranslations("reader"),
    getTranslations("learn"),
    getLocale(),
  ]);
  const prev = getLesson((lessonId - 1) as TLessonId);
  const next = getLesson((lessonId + 1) as TLessonId);
  return (
    <nav aria-label={t("pager")} className="mt-10 grid gap-3 sm:grid-cols-2">
      {prev ? (
        <Link
          href={`/learn/${prev.id}`}
          rel="prev"
          className="card hover:border-accent flex flex-col gap-1 transition-colors"
        >
          <span className="text-muted text-sm">
            <span aria-hidden>← </span>
            {t("prev")} · {tl("lesson", { n: prev.id })}
          </span>
          <span className="font-serif font-bold">{localized(prev.title, locale)}</span>
        </Link>
      ) : (
        <span className="hidden sm:block" />
      )}
      {next && (
        <Link
          href={`/learn/${next.id}`}
          rel="next"
          className="card hover:border-accent flex flex-col gap-1 transition-colors sm:text-right"
        >
          <span className="text-muted text-sm">
            {t("next")} · {tl("lesson", { n: next.id })}
            <span aria-hidden> →</span>
          </span>
          <span className="font-serif font-bold">{localized(next.title, locale)}</span>
        </Link>
      )}
    </nav>
  );
}
