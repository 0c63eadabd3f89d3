import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { StartReviewButton } from "~/components/start-review";
import { ReviewNext } from "./review-next";
import { formatPercent } from "~/lib/intl-formats";
import { lessonsRead, overallMastery } from "./summary";
import { type TDashboard } from "./types";

/** The height every summary card keeps, loaded or not, so nothing jumps when the data arrives. */
export const STAT_CARD_CLASS = "card flex min-h-[10rem] flex-col p-4 sm:p-5";

function StatCard({
  label,
  value,
  children,
  testId,
}: {
  label: string;
  value: React.ReactNode;
  children?: React.ReactNode;
  testId?: string;
}) {
  return (
    <div className={STAT_CARD_CLASS}>
      <dt className="text-muted text-sm font-medium">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums sm:text-3xl" data-testid={testId}>
        {value}
      </dd>
      {children && <dd className="text-muted mt-auto pt-2 text-sm">{children}</dd>}
    </div>
  );
}

/** Review due, lessons read, quizzes taken and overall mastery, with the way into today's review. */
export function SummaryRow({ data }: { data: TDashboard }) {
  const t = useTranslations("progress");
  const locale = useLocale();
  const overall = overallMastery(data.skills);
  const { review } = data;
  return (
    <section aria-labelledby="progress-summary">
      <h2 id="progress-summary" className="sr-only">
        {t("summary.heading")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard
          label={t("summary.reviewDue")}
          value={t("summary.items", { count: review.dueToday })}
          testId="summary-due"
        >
          {review.dueToday > 0 || review.openAttemptId ? (
            <StartReviewButton due={review.dueToday} openAttemptId={review.openAttemptId} compact />
          ) : (
            <>
              {review.total === 0 ? t("summary.reviewEmpty") : <ReviewNext nextDue={review.nextDue} />}{" "}
              <Link
                href="/review"
                className="text-accent-dark font-medium whitespace-nowrap underline underline-offset-4"
              >
                {t("summary.reviewLink")}
              </Link>
            </>
          )}
        </StatCard>
        <StatCard
          label={t("summary.lessonsRead")}
          value={t("summary.ofTotal", { n: lessonsRead(data.lessons), total: data.lessons.length })}
          testId="summary-read"
        >
          {t("summary.lessonsReadHint")}
        </StatCard>
        <StatCard label={t("summary.quizzes")} value={data.scores.length} testId="summary-quizzes">
          {t("summary.quizzesHint")}
        </StatCard>
        <StatCard
          label={t("summary.overall")}
          value={overall.mastery === null ? t("notAnswered") : formatPercent(overall.mastery, locale)}
          testId="summary-mastery"
        >
          {t("summary.coverage", { answered: overall.answered, total: overall.total })}
        </StatCard>
      </dl>
    </section>
  );
}
