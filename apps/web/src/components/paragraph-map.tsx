import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { localized } from "~/lib/localized";
import { LevelIcon } from "~/components/charts/level-icon";
import { LEVEL_STYLE, LEVELS } from "~/components/charts/levels";
import { groupByLesson, isAppendixRow, paragraphNumber } from "~/lib/paragraphs";
import { formatPercent } from "~/lib/intl-formats";
import { type RouterOutputs } from "@dc/api";

type TDashboard = RouterOutputs["progress"]["dashboard"];
type TParagraphRow = TDashboard["paragraphs"][number];

/** The article's paragraphs as tiles coloured (and iconed) by mastery, each a link back to its paragraph. */
export function ParagraphMap({
  paragraphs,
  lessonTitles,
}: {
  paragraphs: TParagraphRow[];
  lessonTitles: TDashboard["lessonTitles"];
}) {
  const t = useTranslations("progress.map");
  const locale = useLocale();
  const nameOf = (p: TParagraphRow, lessonId: number) => {
    const place = t(isAppendixRow(p.paragraphId) ? "row" : "paragraph", {
      lesson: lessonId,
      n: paragraphNumber(p.paragraphId),
    });
    const status =
      p.mastery === null
        ? t("statusUnseen", { total: p.total })
        : t("statusAnswered", {
            percent: formatPercent(p.mastery, locale),
            answered: p.answered,
            total: p.total,
          });
    return t("tileName", { place, status });
  };
  return (
    <>
      <ul aria-label={t("legend")} className="text-muted mb-5 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {LEVELS.map((level) => (
          <li key={level} className="flex items-center gap-2">
            <LevelIcon level={level} />
            {t(`levels.${level}`)}
          </li>
        ))}
      </ul>
      <div className="flex flex-col gap-5">
        {groupByLesson(paragraphs).map(({ lessonId, paragraphs: rows }) => {
          const title = lessonTitles.find((l) => l.id === lessonId)?.title;
          return (
            <div key={lessonId}>
              <h3 className="mb-2 text-[15px] font-semibold">
                {t("lessonHeading", { n: lessonId, title: title ? localized(title, locale) : "" })}
              </h3>
              <ul className="grid grid-cols-[repeat(auto-fill,minmax(4rem,1fr))] gap-2">
                {rows.map((p) => (
                  <li key={p.paragraphId}>
                    <Link
                      href={`/learn/${lessonId}#${p.paragraphId}`}
                      aria-label={nameOf(p, lessonId)}
                      className={`flex min-h-14 flex-col items-center justify-center rounded-lg border-2 px-1 py-1 transition-shadow hover:shadow-md ${LEVEL_STYLE[p.level].tile}`}
                    >
                      <span className="flex items-center gap-1 text-base leading-tight font-semibold tabular-nums">
                        <LevelIcon level={p.level} size={14} />
                        {paragraphNumber(p.paragraphId)}
                      </span>
                      <span className="text-xs leading-tight tabular-nums">
                        {p.mastery === null ? "—" : formatPercent(p.mastery, locale)}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </>
  );
}
