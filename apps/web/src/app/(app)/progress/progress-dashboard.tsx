import { Link } from "~/components/link";
import { useTranslations } from "next-intl";
import { ActivityChart } from "./activity-chart";
import { LessonProgress } from "./lesson-progress";
import { ParagraphMap } from "~/components/paragraph-map";
import { ScoresChart } from "./scores-chart";
import { EmptyState, MasteryDefinition, Section } from "~/components/sections";
import { SkillChart } from "./skill-chart";
import { hasAnswered } from "./summary";
import { SummaryRow } from "./summary-row";
import { type TDashboard } from "./types";

/** The student's dashboard, counted in days of the given UTC offset (minutes east). */
export function ProgressDashboard({ data, tz }: { data: TDashboard; tz: number }) {
  const t = useTranslations("progress");
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
