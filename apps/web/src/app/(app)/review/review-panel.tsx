"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { useNow, useRelativeTime } from "~/lib/client-time";
import { formatDateTime } from "~/lib/dates";
import { useTRPC } from "~/trpc/react";
import { StartReviewButton } from "~/components/start-review";

/** The server's daily limit (review/daily-limit.ts), said in the copy. */
const DAILY_LIMIT = 20;

function Stat({
  label,
  children,
  testId,
  className = "",
}: {
  label: string;
  children: React.ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <div className={`border-line rounded-xl border bg-stone-50 px-4 py-3 ${className}`}>
      <dt className="text-muted text-sm">{label}</dt>
      <dd className="mt-1 min-h-9 text-2xl font-bold tabular-nums" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** The review queue: what is due now, its size, when the next item falls due, and the way in. */
export function ReviewPanel() {
  const t = useTranslations("review");
  const locale = useLocale();
  const trpc = useTRPC();
  const reasonId = useId();
  const { data, isError, isFetching, refetch } = useQuery(trpc.review.summary.queryOptions());
  const nextIn = useRelativeTime(data?.nextDue ?? null);
  const hydrated = useNow() !== null;

  if (!data) {
    return (
      <section className="card max-w-3xl" aria-busy={!isError}>
        {isError ? (
          <div role="alert" className="flex flex-wrap items-center gap-4">
            <p className="text-accent-dark">{t("loadError")}</p>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => void refetch()}
              disabled={isFetching}
            >
              {t("retry")}
            </button>
          </div>
        ) : (
          <>
            <p role="status" className="sr-only">
              {t("loading")}
            </p>
            <div aria-hidden className="grid animate-pulse grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4">
              {[0, 1, 2].map((i) => (
                <div
                  key={i}
                  className={`h-[5.5rem] rounded-xl bg-stone-100 ${i === 2 ? "col-span-2 sm:col-span-1" : ""}`}
                />
              ))}
            </div>
            <div aria-hidden className="mt-6 h-24 animate-pulse rounded-xl bg-stone-100" />
          </>
        )}
      </section>
    );
  }

  const reason = data.openAttemptId
    ? t("resumeHint")
    : data.dueToday > 0
      ? t("readyHint", { count: data.dueToday })
      : data.due > 0
        ? t("doneForToday", { count: data.reviewedToday })
        : data.total === 0
          ? t("nothingQueued")
          : nextIn
            ? t("nothingDueNext", { when: nextIn })
            : t("nothingDue");

  return (
    <section className="card max-w-3xl" aria-labelledby={`${reasonId}-heading`}>
      <h2 id={`${reasonId}-heading`} className="sr-only">
        {t("queueHeading")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4">
        <Stat label={t("dueToday")} testId="review-due">
          {t("count", { count: data.dueToday })}
        </Stat>
        <Stat label={t("queueTotal")} testId="review-total">
          {t("count", { count: data.total })}
        </Stat>
        <Stat label={t("nextDue")} className="col-span-2 sm:col-span-1">
          {data.nextDue ? (
            hydrated && (
              <time dateTime={data.nextDue.toISOString()} title={formatDateTime(data.nextDue, locale)}>
                {nextIn}
              </time>
            )
          ) : (
            <span className="text-muted text-lg font-medium">{t("nextNone")}</span>
          )}
        </Stat>
      </dl>
      {data.nextDue && hydrated && (
        <p className="text-muted mt-2 text-sm">
          {t("nextDueAt", { at: formatDateTime(data.nextDue, locale) })}
        </p>
      )}
      {data.waitingForTomorrow > 0 && (
        <p className="text-muted mt-2 text-sm" data-testid="review-waiting">
          {t("waitingForTomorrow", { count: data.waitingForTomorrow, limit: DAILY_LIMIT })}
        </p>
      )}
      <p className="mt-6 leading-relaxed">{t("howItWorks", { limit: DAILY_LIMIT })}</p>
      <div className="mt-6 flex flex-col items-start gap-3 sm:flex-row sm:items-center sm:gap-5">
        <StartReviewButton due={data.dueToday} openAttemptId={data.openAttemptId} describedBy={reasonId} />
        <p id={reasonId} className="text-muted">
          {reason}
        </p>
      </div>
    </section>
  );
}
