"use client";

import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { LocalTime } from "~/components/local-time";
import { assignmentWindow, submittedShare } from "./assignment-window";
import type { TClassAssignment } from "./types";

const WINDOW_STYLE = {
  SCHEDULED: "border-stone-300 bg-stone-100 text-stone-800",
  OPEN: "border-sky-300 bg-sky-50 text-sky-900",
  PAST_DUE: "border-amber-300 bg-amber-50 text-amber-900",
} as const;

/** One assignment of the class: when, what, and how many of the class handed it in so far. */
export function AssignmentRow({
  assignment: a,
  studentCount,
  now,
}: {
  assignment: TClassAssignment;
  studentCount: number;
  /** null until the page runs in the browser. */
  now: number | null;
}) {
  const t = useTranslations("classes.assignments");
  const locale = useLocale();
  const state = now === null ? null : assignmentWindow(a, now);
  const share = submittedShare(a.submittedStudents, studentCount);

  return (
    <li className="card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 className="min-w-0 text-lg font-semibold break-words">
          <Link
            href={`/teach/assignments/${a.id}`}
            className="hover:text-accent-dark underline underline-offset-4"
          >
            {a.title}
          </Link>
        </h3>
        {state && (
          <span className={`rounded-full border px-2.5 py-0.5 text-sm font-medium ${WINDOW_STYLE[state]}`}>
            {t(`window.${state}`)}
          </span>
        )}
      </div>
      <dl className="text-muted mt-3 grid gap-x-6 gap-y-1 text-[15px] sm:grid-cols-2">
        <div className="flex flex-wrap gap-x-2">
          <dt>{t("opens")}</dt>
          <dd className="text-ink">
            <LocalTime date={a.opensAt} locale={locale} />
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt>{t("due")}</dt>
          <dd className="text-ink">
            <LocalTime date={a.dueAt} locale={locale} relative />
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2 sm:col-span-2">
          <dt className="sr-only">{t("settings")}</dt>
          <dd>
            {[
              t("items", { count: a.itemCount }),
              a.handPicked ? t("handPicked") : t("drawn"),
              a.timeLimitMinutes === null ? t("untimed") : t("timed", { minutes: a.timeLimitMinutes }),
              t("attempts", { count: a.maxAttempts }),
              t(`feedback.${a.feedback}`),
            ].join(t("separator"))}
          </dd>
        </div>
      </dl>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="bg-line h-2 w-40 overflow-hidden rounded-full" aria-hidden>
          <div className="bg-ok h-full rounded-full" style={{ width: `${share * 100}%` }} />
        </div>
        <p className="text-[15px] tabular-nums">
          {t("submitted", { submitted: a.submittedStudents, students: studentCount })}
          {a.inProgressStudents > 0 && (
            <span className="text-muted">
              {t("separator")}
              {t("inProgress", { count: a.inProgressStudents })}
            </span>
          )}
        </p>
        <Link
          href={`/teach/assignments/${a.id}`}
          className="text-accent-dark ml-auto text-[15px] font-medium underline underline-offset-4"
        >
          {t("results")}
          <span className="sr-only">{t("resultsOf", { title: a.title })}</span>
        </Link>
      </div>
    </li>
  );
}
