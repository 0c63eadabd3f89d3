"use client";

import { csvLocale } from "../../_results/csv-locale";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { PageHeader } from "~/components/page-header";
import { useTRPC } from "~/trpc/react";
import { Section } from "~/components/sections";
import { CsvButton } from "../../_results/csv-button";
import { POLL_MS } from "../../_results/format";
import { useSubmissionAnnouncer } from "../../_results/live-status";
import { useReportData } from "../../_results/report-data";
import { DistributionChart } from "./distribution-chart";
import { ItemAnalysis } from "./item-analysis";
import { ItemCorrection } from "./item-correction";
import { LiveSummary } from "./live-summary";
import { ManageActions } from "./manage/manage-actions";
import { Misconceptions } from "./misconceptions";
import { RegradeHistory } from "./regrade-history";
import { SettingsSummary } from "./settings-summary";
import { WrittenAnalysis } from "./written-analysis";
import { StudentsTable } from "./students-table";
import { DEFAULT_ANALYSIS_ATTEMPTS, type TAnalysisAttempts } from "./types";

/**
 * One assignment's results for its teacher, polled every few seconds: settings, who is taking it
 * now, the score distribution, the item analysis and misconceptions, each student's attempts and
 * accommodations, and corrections of items with their regrade history.
 */
export function AssignmentResults({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("results.assignment");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [attempts, setAttempts] = useState<TAnalysisAttempts>(DEFAULT_ANALYSIS_ATTEMPTS);
  const query = useQuery({
    ...trpc.results.assignment.queryOptions({ assignmentId, attempts }),
    refetchInterval: POLL_MS,
    // Switching the attempts analysed keeps the page in place while the new figures load.
    placeholderData: (previous) => previous,
  });
  const [correcting, setCorrecting] = useState<{ itemId: string; at: number } | null>(null);
  const report = useReportData(query);
  const submissions = useMemo(
    () =>
      query.data?.students
        .filter((s) => s.countedAttemptId !== null)
        .map((s) => ({ key: s.countedAttemptId!, name: s.student.name })),
    [query.data],
  );
  const announcement = useSubmissionAnnouncer(submissions);

  if (!report.data) return report.placeholder;
  const data = report.data;
  const a = data.assignment;
  const loadCsv = () =>
    queryClient.fetchQuery({
      ...trpc.results.responsesCsv.queryOptions({ assignmentId, ...csvLocale(locale) }),
      staleTime: 0,
      gcTime: 0,
    });
  const correct = (itemId: string) => {
    setCorrecting({ itemId, at: Date.now() });
    document.getElementById("correction")?.scrollIntoView({ behavior: "smooth", block: "start" });
  };

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-muted mb-3 text-sm">
        <ol className="flex flex-wrap items-center gap-x-2">
          <li>
            <Link href={`/teach/classes/${a.classId}`} className="underline-offset-4 hover:underline">
              {a.className}
            </Link>
          </li>
          <li aria-hidden>›</li>
          <li>
            <Link
              href={`/teach/classes/${a.classId}/gradebook`}
              className="underline-offset-4 hover:underline"
            >
              {t("gradebook")}
            </Link>
          </li>
        </ol>
      </nav>
      <PageHeader title={a.title} lead={t("lead")}>
        <div className="flex flex-wrap gap-3">
          {data.written.length > 0 && (
            <Link href={`/teach/assignments/${assignmentId}/grade`} className="btn-primary">
              {t("gradeWritten")}
            </Link>
          )}
          <CsvButton label={t("csv")} load={loadCsv} />
        </div>
      </PageHeader>
      <ManageActions assignmentId={assignmentId} />
      <div className="flex flex-col gap-8">
        <div className="grid gap-8 lg:grid-cols-2">
          <Section id="assignment-live" title={t("liveHeading")}>
            <LiveSummary
              data={data}
              updatedAt={query.dataUpdatedAt}
              failed={query.isRefetchError}
              announcement={announcement}
            />
          </Section>
          <Section id="assignment-settings" title={t("settingsHeading")}>
            <SettingsSummary assignment={a} />
          </Section>
        </div>
        <Section id="assignment-distribution" title={t("distributionHeading")} lead={t("distributionLead")}>
          <DistributionChart distribution={data.distribution} />
        </Section>
        <Section id="assignment-items" title={t("itemsHeading")} lead={t("itemsLead")}>
          <ItemAnalysis data={data} onCorrect={correct} attempts={attempts} onAttempts={setAttempts} />
        </Section>
        {data.written.length > 0 && (
          <Section id="assignment-written" title={t("writtenHeading")} lead={t("writtenLead")}>
            <WrittenAnalysis assignmentId={assignmentId} written={data.written} />
          </Section>
        )}
        <Section
          id="assignment-misconceptions"
          title={t("misconceptionsHeading")}
          lead={t("misconceptionsLead")}
        >
          <Misconceptions data={data} />
        </Section>
        <Section id="assignment-students" title={t("studentsHeading")} lead={t("studentsLead")}>
          <StudentsTable data={data} />
        </Section>
        <div id="correction" className="scroll-mt-4">
          <Section id="assignment-correction" title={t("correctionHeading")} lead={t("correctionLead")}>
            <ItemCorrection assignmentId={assignmentId} classId={a.classId} request={correcting} />
            <RegradeHistory assignmentId={assignmentId} items={data.items} />
          </Section>
        </div>
      </div>
    </>
  );
}
