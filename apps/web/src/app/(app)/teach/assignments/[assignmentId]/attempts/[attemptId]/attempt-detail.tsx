"use client";

import type { RouterOutputs } from "@dc/api";
import { useQuery } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { FeedbackPanel, ItemInput, ItemPrompt } from "~/components/items";
import { PageHeader } from "~/components/page-header";
import { useTRPC } from "~/trpc/react";
import { paragraphHref } from "~/lib/paragraph-href";
import { formatPercent100, formatPoints, POLL_MS } from "../../../../_results/format";
import { LocalTime } from "../../../../_results/local-time";
import { useReportData } from "../../../../_results/report-data";
import { WrittenMarkingSummary } from "./written-marking-summary";

type TDetail = RouterOutputs["results"]["attempt"];
type TEntry = TDetail["items"][number];

/** One student's attempt, item by item, as the teacher sees it: response, key and score. Live while open. */
export function AttemptDetail({ attemptId }: { attemptId: string }) {
  const t = useTranslations("results.attempt");
  const locale = useLocale();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.results.attempt.queryOptions({ attemptId }),
    refetchInterval: (q) => (q.state.data?.status === "IN_PROGRESS" ? POLL_MS : false),
  });
  const { data: d, placeholder } = useReportData(query);
  if (!d) return placeholder;
  const open = d.status === "IN_PROGRESS";
  const answered = d.items.filter((i) => i.response !== null).length;
  const facts: [string, React.ReactNode][] = [
    [t("status"), open ? t("statusOpen") : t("statusSubmitted")],
    [
      t("score"),
      d.score === null || d.maxScore === null || d.percent === null
        ? t("noScore")
        : t("scoreValue", {
            score: formatPoints(d.score, locale),
            max: formatPoints(d.maxScore, locale),
            percent: formatPercent100(d.percent, locale),
          }),
    ],
    [t("answered"), t("answeredValue", { answered, total: d.items.length })],
    [t("started"), <LocalTime key="started" date={d.startedAt} />],
    d.submittedAt
      ? [
          t("submitted"),
          <>
            <LocalTime date={d.submittedAt} />
            {d.autoSubmitted && <span className="text-muted block text-sm">{t("autoSubmitted")}</span>}
          </>,
        ]
      : [t("deadline"), d.deadline ? <LocalTime key="deadline" date={d.deadline} relative /> : t("untimed")],
    [t("due"), <LocalTime key="due" date={d.assignment.dueAt} />],
    [t("late"), d.late ? <span className="font-semibold text-amber-900">{t("lateYes")}</span> : t("lateNo")],
  ];
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-muted mb-3 text-sm">
        <Link href={`/teach/assignments/${d.assignment.id}`} className="underline-offset-4 hover:underline">
          <span aria-hidden>‹ </span>
          {t("back", { title: d.assignment.title })}
        </Link>
      </nav>
      <PageHeader
        title={t("title", { name: d.student.name, n: d.number })}
        lead={t("lead", { title: d.assignment.title, email: d.student.email ?? "" })}
      />
      <section aria-labelledby="attempt-facts" className="card mb-6">
        <h2 id="attempt-facts" className="sr-only">
          {t("factsHeading")}
        </h2>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 lg:grid-cols-4">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="text-muted text-sm">{term}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        {open && <p className="text-muted mt-4 text-sm">{t("openNote")}</p>}
      </section>
      <ol className="space-y-4" aria-label={t("itemsLabel")}>
        {d.items.map((entry) => (
          <AttemptItem
            key={entry.item.id}
            entry={entry}
            total={d.items.length}
            assignmentId={d.assignment.id}
          />
        ))}
      </ol>
    </>
  );
}

function AttemptItem({ entry, total, assignmentId }: { entry: TEntry; total: number; assignmentId: string }) {
  const t = useTranslations("results.attempt");
  const locale = useLocale();
  const submitted = entry.score !== null && entry.correct !== null && !entry.pending;
  return (
    <li className="card space-y-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <p className="text-muted text-sm font-medium">{t("question", { n: entry.position, total })}</p>
        {entry.pending && (
          <Link
            href={`/teach/assignments/${assignmentId}/grade/${encodeURIComponent(entry.item.id)}`}
            className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-medium text-amber-950 underline-offset-2 hover:underline"
          >
            {t("pending")}
          </Link>
        )}
        {entry.credit !== null && !entry.pending && (
          <p className="text-sm font-semibold tabular-nums">
            {t("credit", { points: formatPoints(entry.credit, locale) })}
          </p>
        )}
        {entry.adjustment && (
          <p className="rounded-full border border-amber-700 bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-900">
            {t(`adjusted.${entry.adjustment.action}`)}
          </p>
        )}
      </div>
      <ItemPrompt item={entry.item} locale={locale} as="h2" />
      {entry.response !== null ? (
        <ItemInput
          item={entry.item}
          value={entry.response}
          onChange={() => undefined}
          disabled
          reveal={submitted ? entry.reveal : null}
          locale={locale}
        />
      ) : (
        <p className="text-muted">{t("noAnswer")}</p>
      )}
      {entry.savedAt && (
        <p className="text-muted text-sm">
          {t("savedAt")} <LocalTime date={entry.savedAt} />
        </p>
      )}
      {submitted && (
        <FeedbackPanel
          result={{ score: entry.score!, correct: entry.correct! }}
          reveal={entry.reveal}
          locale={locale}
          paragraphHref={paragraphHref}
        />
      )}
      {entry.marking && entry.reveal.type === "written" && (
        <WrittenMarkingSummary marking={entry.marking} rubric={entry.reveal.key.rubric} />
      )}
      {entry.adjustment && (
        <p className="text-sm text-amber-900">{t("adjustmentReason", { reason: entry.adjustment.reason })}</p>
      )}
    </li>
  );
}
