"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "~/components/link";
import { PageHeader } from "~/components/page-header";
import { localized } from "~/lib/localized";
import { useTRPC } from "~/trpc/react";
import { POLL_MS } from "../../../_results/format";
import { useReportData } from "../../../_results/report-data";
import { GradingProgress } from "./grading-progress";

/** The grading index: the assignment's written questions, each with its progress and a way in. */
export function WrittenQuestions({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("results.grading");
  const locale = useLocale();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.grading.questions.queryOptions({ assignmentId }),
    refetchInterval: POLL_MS,
  });
  const { data, placeholder } = useReportData(query);
  if (!data) return placeholder;
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-muted mb-3 text-sm">
        <Link href={`/teach/assignments/${assignmentId}`} className="underline-offset-4 hover:underline">
          {data.assignment.title}
        </Link>
      </nav>
      <PageHeader title={t("indexTitle")} lead={t("indexLead")} />
      {data.questions.length === 0 ? (
        <p className="card text-muted">{t("noWritten")}</p>
      ) : (
        <ol className="space-y-4">
          {data.questions.map((q) => (
            <li key={q.itemId} className="card flex flex-wrap items-center justify-between gap-4">
              <div className="min-w-60 flex-1">
                <h2 className="font-semibold">{t("question", { number: q.number })}</h2>
                <p className="mt-1">{localized(q.prompt, locale)}</p>
                <GradingProgress graded={q.graded} total={q.total} className="mt-2" />
              </div>
              <Link
                href={`/teach/assignments/${assignmentId}/grade/${encodeURIComponent(q.itemId)}`}
                className={q.graded < q.total ? "btn-primary" : "btn-secondary"}
                aria-label={t("gradeQuestion", { number: q.number })}
              >
                {q.graded < q.total ? t("startGrading") : t("review")}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
