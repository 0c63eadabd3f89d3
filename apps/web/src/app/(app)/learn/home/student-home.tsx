import { getLesson } from "@dc/content";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "~/components/link";
import { localized } from "~/lib/localized";
import { getQueryClient, trpc } from "~/trpc/server";
import { LocalTime } from "~/components/local-time";
import { DueCountdown } from "./due-countdown";

const SECTION = "card flex flex-col gap-3";
const H2 = "font-serif text-lg font-bold";

/**
 * The student home, at the top of the landing page: work due (overdue first, then soonest), today's
 * review, where reading stopped, results newly released and class announcements. Rendered on the
 * server from one procedure (home.student).
 */
export async function StudentHome() {
  const [t, locale] = await Promise.all([getTranslations("studentHome"), getLocale()]);
  const home = await getQueryClient()
    .fetchQuery(trpc.home.student.queryOptions())
    .catch(() => null);
  if (!home) {
    return (
      <p role="alert" className="card text-accent-dark mb-8">
        {t("loadError")}
      </p>
    );
  }
  const lesson = home.reading ? getLesson(home.reading.lessonId as 0) : null;
  return (
    <section aria-labelledby="home-title" className="mb-10" data-testid="student-home">
      <h1 id="home-title" className="mb-4 font-serif text-3xl font-bold tracking-tight">
        {t("title")}
      </h1>
      {home.classCount === 0 && (
        <div className="card border-accent mb-4 flex flex-wrap items-center gap-4" data-testid="no-class">
          <div className="max-w-xl">
            <h2 className={H2}>{t("noClassTitle")}</h2>
            <p className="text-muted mt-1">{t("noClassBody")}</p>
          </div>
          <Link href="/classes" className="btn-primary sm:ml-auto">
            {t("noClassLink")}
          </Link>
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-3">
        {home.classCount > 0 && (
          <section aria-labelledby="home-due" className={`${SECTION} md:col-span-2 md:row-span-2`}>
            <h2 id="home-due" className={H2}>
              {t("dueHeading")}
            </h2>
            {home.assignments.length === 0 ? (
              <p className="text-muted">{t("noAssignments")}</p>
            ) : (
              <ul className="divide-line divide-y" data-testid="home-assignments">
                {home.assignments.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3">
                    <div className="min-w-0 flex-1">
                      <p className="font-medium break-words">
                        {a.overdue && (
                          <span className="border-accent bg-accent-soft text-accent-dark mr-2 rounded-full border px-2 py-0.5 text-xs font-semibold">
                            {t("overdue")}
                          </span>
                        )}
                        {a.title}
                      </p>
                      <p className="text-sm">
                        <span className="text-muted">{a.className} · </span>
                        {a.next === "NOT_OPEN" ? (
                          <span className="text-muted">
                            {t("opens")} <LocalTime date={a.opensAt} locale={locale} />
                          </span>
                        ) : (
                          <DueCountdown dueAt={a.dueAt} />
                        )}
                      </p>
                    </div>
                    {a.next === "RESUME" && a.openAttemptId ? (
                      <Link
                        href={`/attempts/${a.openAttemptId}`}
                        className="btn-primary min-h-10 px-3 text-sm"
                      >
                        {t("resume")}
                      </Link>
                    ) : (
                      <Link href="/assignments" className="btn-secondary min-h-10 px-3 text-sm">
                        {t("open")}
                        <span className="sr-only">：{a.title}</span>
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {home.moreAssignments > 0 && (
              <Link href="/assignments" className="text-accent-dark text-sm underline underline-offset-4">
                {t("more", { count: home.moreAssignments })}
              </Link>
            )}
          </section>
        )}
        <section aria-labelledby="home-review" className={SECTION}>
          <h2 id="home-review" className={H2}>
            {t("reviewHeading")}
          </h2>
          <p data-testid="home-review">
            {home.review.dueToday > 0
              ? t("reviewDue", { count: home.review.dueToday })
              : home.review.waitingForTomorrow > 0
                ? t("reviewDoneToday")
                : t("reviewNone")}
          </p>
          {home.review.waitingForTomorrow > 0 && (
            <p className="text-muted text-sm">
              {t("reviewLater", { count: home.review.waitingForTomorrow })}
            </p>
          )}
          {(home.review.dueToday > 0 || home.review.openAttemptId) && (
            <Link
              href={home.review.openAttemptId ? `/attempts/${home.review.openAttemptId}` : "/review"}
              className="btn-primary mt-auto self-start"
            >
              {home.review.openAttemptId ? t("reviewResume") : t("reviewStart")}
            </Link>
          )}
        </section>
        <section aria-labelledby="home-reading" className={SECTION}>
          <h2 id="home-reading" className={H2}>
            {t("readingHeading")}
          </h2>
          {home.reading && lesson ? (
            <>
              <p>
                <span className="text-muted text-sm">{t("lesson", { n: lesson.id })}</span>
                <span className="block font-medium">{localized(lesson.title, locale)}</span>
              </p>
              <Link
                href={`/learn/${home.reading.lessonId}#${home.reading.paragraphId}`}
                className="btn-primary mt-auto self-start"
              >
                {t("readingContinue")}
              </Link>
            </>
          ) : (
            <>
              <p className="text-muted">{t("readingNone")}</p>
              <Link href="/learn/0" className="btn-secondary mt-auto self-start">
                {t("readingStart")}
              </Link>
            </>
          )}
        </section>
        {home.results.length > 0 && (
          <section aria-labelledby="home-results" className={`${SECTION} md:col-span-3`}>
            <h2 id="home-results" className={H2}>
              {t("resultsHeading")}
            </h2>
            <ul className="divide-line divide-y">
              {home.results.map((r) => (
                <li key={r.assignmentId} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                  <p className="min-w-0 flex-1 break-words">
                    {r.isNew && (
                      <span className="mr-2 rounded-full border border-sky-300 bg-sky-50 px-2 py-0.5 text-xs font-semibold text-sky-900">
                        {t("new")}
                      </span>
                    )}
                    {r.title} <span className="text-muted text-sm">· {r.className}</span>
                  </p>
                  {r.pending ? (
                    <span className="text-warn font-semibold">{t("resultPending")}</span>
                  ) : (
                    r.percent !== null && (
                      <span className="font-semibold tabular-nums">{Math.round(r.percent)}%</span>
                    )
                  )}
                  <Link href={`/attempts/${r.attemptId}`} className="btn-secondary min-h-10 px-3 text-sm">
                    {t("viewResult")}
                    <span className="sr-only">：{r.title}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {home.announcements.length > 0 && (
          <section
            id="announcements"
            aria-labelledby="home-announcements"
            className={`${SECTION} md:col-span-3`}
          >
            <h2 id="home-announcements" className={H2}>
              {t("announcementsHeading")}
            </h2>
            <ul className="space-y-3" data-testid="home-announcements">
              {home.announcements.map((n) => (
                <li key={n.id} className="border-accent border-l-4 pl-3">
                  <p className="break-words whitespace-pre-line">{n.body}</p>
                  <p className="text-muted text-sm">
                    {n.className} · <LocalTime date={n.createdAt} locale={locale} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </section>
  );
}
