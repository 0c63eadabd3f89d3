"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";
import { ActivityChart } from "./activity-chart";
import { useTzOffsetMinutes } from "./client-time";
import { DashboardSkeleton } from "./dashboard-skeleton";
import { LessonProgress } from "./lesson-progress";
import { ParagraphMap } from "./paragraph-map";
import { ScoresChart } from "./scores-chart";
import { EmptyState, MasteryDefinition, Section } from "./sections";
import { SkillChart } from "./skill-chart";
import { hasAnswered } from "./summary";
import { SummaryRow } from "./summary-row";

/**
 * The student's dashboard. Days are the student's own, so it is fetched in the browser with the
 * browser's time zone; until then a skeleton of the same size holds the page.
 */
export function ProgressDashboard() {
  const t = useTranslations("progress");
  const trpc = useTRPC();
  const tz = useTzOffsetMinutes();
  const { data, isError, isFetching, refetch } = useQuery(
    trpc.progress.dashboard.queryOptions(tz === null ? skipToken : { tzOffsetMinutes: tz }),
  );

  if (!data || tz === null) {
    if (!isError) return <DashboardSkeleton />;
    return (
      <div role="alert" className="card flex flex-wrap items-center gap-4">
        <p className="text-accent-dark">{t("error")}</p>
        <button type="button" className="btn-secondary" onClick={() => void refetch()} disabled={isFetching}>
          {t("retry")}
        </button>
      </div>
    );
  }

  const answered = hasAnswered(data);
  const lessons = (
    <Section id="progress-lessons" title={t("lessons.heading")} lead={t("lessons.lead")}>
      <LessonProgress lessons={data.lessons} lessonTitles={data.lessonTitles} />
    </Section>
  );

  if (!answered) {
    return (
      <div className="flex flex-col gap-8">
        <SummaryRow data={data} />
        <EmptyState />
        <MasteryDefinition />
        {lessons}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <SummaryRow data={data} />
      {lessons}
      <div className="grid gap-8 lg:grid-cols-2">
        <Section id="progress-skills" title={t("skills.heading")} lead={t("skills.lead")}>
          <SkillChart skills={data.skills} />
          <MasteryDefinition className="mt-5" />
        </Section>
        <Section id="progress-scores" title={t("scores.heading")} lead={t("scores.lead")}>
          {data.scores.length ? (
            <ScoresChart scores={data.scores} tzOffsetMinutes={tz} />
          ) : (
            <p className="border-line rounded-xl border border-dashed p-5">
              {t("scores.none")}{" "}
              <Link href="/learn" className="text-accent-dark font-medium underline underline-offset-4">
                {t("scores.toLessons")}
              </Link>
            </p>
          )}
        </Section>
      </div>
      <Section id="progress-activity" title={t("activity.heading")} lead={t("activity.lead")}>
        <ActivityChart days={data.activity} />
      </Section>
      <Section id="progress-map" title={t("map.heading")} lead={t("map.lead")}>
        <ParagraphMap paragraphs={data.paragraphs} lessonTitles={data.lessonTitles} />
      </Section>
    </div>
  );
}
