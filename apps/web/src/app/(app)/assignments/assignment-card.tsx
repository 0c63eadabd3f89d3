"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { useNow } from "~/lib/client-time";
import { LocalTime } from "~/components/local-time";
import { StartAction } from "./start-action";
import { dueUrgency, statusBadge } from "./status";
import type { TMyAssignment } from "./types";
import { numberFormat } from "~/lib/intl-formats";

const percent = (value: number, locale: string) =>
  numberFormat(locale, { maximumFractionDigits: 1 }).format(value);

/** One assignment: status, due time, attempts and time limit, best score, and what to do now. */
export function AssignmentCard({ assignment: a }: { assignment: TMyAssignment }) {
  const t = useTranslations("assignments");
  const ts = useTranslations("integrity.scores");
  const locale = useLocale();
  const id = useId();
  const now = useNow();
  const badge = statusBadge(a.status);
  const urgency = now === null ? null : dueUrgency(a.dueAt, now);
  const notOpen = a.next === "NOT_OPEN";

  return (
    <li className="card flex flex-col gap-4" aria-labelledby={`${id}-title`} data-testid="my-assignment">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={`${id}-title`} className="text-lg font-semibold break-words">
            {a.title}
          </h3>
          <p className="text-muted text-[15px]">{a.className}</p>
        </div>
        <p
          className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-medium ${badge.className}`}
          data-testid="assignment-status"
        >
          <span aria-hidden>{badge.symbol}</span>
          <span className="sr-only">{t("statusLabel")}</span>
          {t(`status.${a.status}`)}
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-[15px]">
        {notOpen && (
          <>
            <dt className="text-muted">{t("opens")}</dt>
            <dd>
              <LocalTime date={a.opensAt} locale={locale} relative />
            </dd>
          </>
        )}
        <dt className="text-muted">{t("due")}</dt>
        <dd className={urgency === "SOON" ? "text-warn font-medium" : ""}>
          <LocalTime date={a.dueAt} locale={locale} relative />
          {urgency === "SOON" && a.status !== "SUBMITTED" && a.status !== "LATE" && (
            <span className="ml-2 text-sm">{t("dueSoon")}</span>
          )}
        </dd>
        <dt className="text-muted">{t("itemsLabel")}</dt>
        <dd>{t("items", { count: a.itemCount })}</dd>
        <dt className="text-muted">{t("timeLimit")}</dt>
        <dd>
          {a.timeLimitMinutes === null ? t("untimed") : t("minutes", { minutes: a.timeLimitMinutes })}
          {a.timeLimitMinutes !== null && a.extraTimeMinutes > 0 && (
            <span className="text-muted"> {t("extraTime", { minutes: a.extraTimeMinutes })}</span>
          )}
        </dd>
        <dt className="text-muted">{t("attemptsLabel")}</dt>
        <dd className="tabular-nums">
          {t("attempts", { used: a.attemptsUsed, allowed: a.attemptsAllowed })}
        </dd>
        <dt className="text-muted">{t("feedbackLabel")}</dt>
        <dd>{a.releasedEarly ? t("feedback.RELEASED") : t(`feedback.${a.feedback}`)}</dd>
        <dt className="text-muted">{ts("summaryLabel")}</dt>
        <dd>{a.releasedEarly ? t("feedback.RELEASED") : ts(a.scoreRelease)}</dd>
        {a.best && (
          <>
            <dt className="text-muted">{t("best")}</dt>
            <dd className="font-semibold tabular-nums">
              {a.best.pending
                ? t("bestPending")
                : !a.scoresShown
                  ? ts("bestWithheld")
                  : a.best.percent === null
                    ? t("bestScore", { score: a.best.score ?? 0, max: a.best.maxScore ?? a.maxScore })
                    : t("bestValue", {
                        score: a.best.score ?? 0,
                        max: a.best.maxScore ?? a.maxScore,
                        percent: percent(a.best.percent, locale),
                      })}
            </dd>
          </>
        )}
      </dl>
      <StartAction assignment={a} />
    </li>
  );
}
