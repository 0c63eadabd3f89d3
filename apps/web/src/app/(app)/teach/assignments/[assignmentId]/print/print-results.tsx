"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";
import { formatPercent100, formatPoints } from "../../../_results/format";
import { LocalTime, useIsClient } from "../../../_results/local-time";
import { DEFAULT_ANALYSIS_ATTEMPTS } from "../types";
import { PassBadge } from "../manage/pass-badge";
import { LoadState } from "../manage/load-state";
import { PrintToolbar } from "./print-toolbar";
import styles from "./print.module.css";

/** The class's results on one sheet: each student's counted score, status and pass or fail. */
export function PrintResults({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("manage.print");
  const ts = useTranslations("results.status");
  const locale = useLocale();
  const trpc = useTRPC();
  const client = useIsClient();
  const query = useQuery(
    trpc.results.assignment.queryOptions({ assignmentId, attempts: DEFAULT_ANALYSIS_ATTEMPTS }),
  );
  const data = query.data;
  if (!data || !client) return <LoadState query={query} />;
  const a = data.assignment;
  const scored = data.students.filter((s) => s.percent !== null);
  const average = scored.length ? scored.reduce((sum, s) => sum + s.percent!, 0) / scored.length : null;
  const passedCount = data.students.filter((s) => s.passed === true).length;
  return (
    <>
      <PrintToolbar assignmentId={assignmentId} hint={t("resultsHint")} />
      <article className={styles.sheet} aria-labelledby="results-title">
        <header className={`${styles.heading} mb-4 space-y-1 border-b-2 border-stone-900 pb-3`}>
          <p className="text-sm">{a.className}</p>
          <h1 id="results-title" className="font-serif text-2xl font-bold">
            {t("resultsHeading", { title: a.title })}
          </h1>
          <p className="text-sm">
            {t("resultsFacts", {
              submitted: scored.length,
              students: data.summary.students,
              average: average === null ? "—" : formatPercent100(average, locale),
            })}
            {a.passPercent !== null &&
              ` ${t("passSummary", { passed: passedCount, scored: scored.length, percent: a.passPercent })}`}
          </p>
          <p className="text-sm">
            {t("printedAt")} <LocalTime date={new Date()} />
          </p>
        </header>
        {data.students.length === 0 ? (
          <p>{t("noStudents")}</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t("columns.student")}</th>
                <th scope="col">{t("columns.status")}</th>
                <th scope="col">{t("columns.score")}</th>
                <th scope="col">{t("columns.percent")}</th>
                {a.passPercent !== null && (
                  <th scope="col">{t("columns.pass", { percent: a.passPercent })}</th>
                )}
              </tr>
            </thead>
            <tbody>
              {data.students.map((s) => (
                <tr key={s.student.id}>
                  <th scope="row" className="font-normal">
                    {s.student.name}
                  </th>
                  <td>{ts(s.status)}</td>
                  <td className="tabular-nums">
                    {s.score === null || s.maxScore === null
                      ? "—"
                      : `${formatPoints(s.score, locale)} / ${formatPoints(s.maxScore, locale)}`}
                  </td>
                  <td className="tabular-nums">
                    {s.percent === null ? "—" : formatPercent100(s.percent, locale)}
                  </td>
                  {a.passPercent !== null && (
                    <td>{s.passed === null ? "—" : <PassBadge passed={s.passed} />}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </>
  );
}
