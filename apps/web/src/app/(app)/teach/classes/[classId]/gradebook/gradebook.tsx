"use client";

import { csvLocale } from "../../../_results/csv-locale";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { PageHeader } from "~/components/page-header";
import { useTRPC } from "~/trpc/react";
import { ClassTabs } from "../../../_results/class-tabs";
import { CsvButton } from "../../../_results/csv-button";
import { POLL_MS } from "../../../_results/format";
import { LiveStatus, useSubmissionAnnouncer } from "../../../_results/live-status";
import { useReportData } from "../../../_results/report-data";
import { GradebookTable } from "./gradebook-table";

/** A class's students by its assignments, polled every few seconds while the page is open. */
export function Gradebook({ classId }: { classId: string }) {
  const t = useTranslations("results.gradebook");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...trpc.results.gradebook.queryOptions({ classId }),
    refetchInterval: POLL_MS,
  });
  const report = useReportData(query);
  const submissions = useMemo(
    () =>
      query.data?.rows.flatMap((row) =>
        row.cells
          .filter((c) => c.countedAttemptId !== null)
          .map((c) => ({ key: `${c.assignmentId}:${c.countedAttemptId}`, name: row.student.name })),
      ),
    [query.data],
  );
  const announcement = useSubmissionAnnouncer(submissions);

  if (!report.data) return report.placeholder;
  const data = report.data;

  const loadCsv = () =>
    queryClient.fetchQuery({
      ...trpc.results.gradebookCsv.queryOptions({ classId, ...csvLocale(locale) }),
      staleTime: 0,
      gcTime: 0,
    });

  return (
    <>
      <PageHeader title={t("title", { name: data.class.name })} lead={t("lead")}>
        {data.rows.length > 0 && data.assignments.length > 0 && <CsvButton label={t("csv")} load={loadCsv} />}
      </PageHeader>
      <ClassTabs classId={classId} />
      {data.pendingAnswers > 0 && (
        <p className="mb-4 font-medium text-amber-950" data-testid="pending-total">
          {t("pendingTotal", { count: data.pendingAnswers })}
        </p>
      )}
      {data.class.archivedAt && (
        <p className="mb-4 rounded-lg border border-amber-700 bg-amber-50 px-4 py-2 text-amber-900">
          {t("archived")}
        </p>
      )}
      {data.rows.length === 0 ? (
        <div className="card">
          <p>{t("noStudents")}</p>
          <Link href={`/teach/classes/${classId}`} className="btn-secondary mt-4">
            {t("toClass")}
          </Link>
        </div>
      ) : data.assignments.length === 0 ? (
        <div className="card">
          <p>{t("noAssignments")}</p>
          <Link href={`/teach/classes/${classId}/assignments/new`} className="btn-primary mt-4">
            {t("newAssignment")}
          </Link>
        </div>
      ) : (
        <section aria-labelledby="gradebook-heading" className="card min-w-0 p-0">
          <div className="flex flex-wrap items-center justify-between gap-3 px-5 pt-5">
            <h2 id="gradebook-heading" className="font-serif text-xl font-bold">
              {t("heading", { students: data.rows.length, assignments: data.assignments.length })}
            </h2>
            <LiveStatus
              updatedAt={query.dataUpdatedAt}
              failed={query.isRefetchError}
              announcement={announcement}
            />
          </div>
          <p className="text-muted px-5 pt-1 pb-4 text-sm">{t("howCounted")}</p>
          <GradebookTable data={data} />
        </section>
      )}
    </>
  );
}
