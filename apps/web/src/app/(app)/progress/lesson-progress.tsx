import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { localized } from "~/lib/localized";
import { formatPercent } from "~/lib/intl-formats";
import { type TDashboard, type TLessonRow } from "./types";

/** A bar for how much of a lesson is read; the percentage beside it carries the value. */
function ReadBar({ fraction }: { fraction: number }) {
  return (
    <span aria-hidden className="block h-2 w-full max-w-28 overflow-hidden rounded-full bg-stone-200">
      <span
        className="block h-full rounded-full bg-stone-600"
        style={{ width: `${Math.round(fraction * 100)}%` }}
      />
    </span>
  );
}

/** Per lesson: reading, practice sessions, best quiz score and mastery; a table on wide screens, cards on phones. */
export function LessonProgress({
  lessons,
  lessonTitles,
}: {
  lessons: TLessonRow[];
  lessonTitles: TDashboard["lessonTitles"];
}) {
  const t = useTranslations("progress.lessons");
  const tp = useTranslations("progress");
  const locale = useLocale();
  const pct = (v: number) => formatPercent(v, locale);
  const titleOf = (id: number) => {
    const title = lessonTitles.find((l) => l.id === id)?.title;
    return title ? localized(title, locale) : "";
  };
  const read = (l: TLessonRow) =>
    l.reading.fractionRead >= 1 ? t("readDone") : t("readValue", { percent: pct(l.reading.fractionRead) });
  const best = (l: TLessonRow) => (l.bestQuizScore === null ? t("noQuiz") : pct(l.bestQuizScore));
  const mastery = (l: TLessonRow) => (l.mastery === null ? tp("notAnswered") : pct(l.mastery));
  const coverage = (l: TLessonRow) => t("coverage", { answered: l.answered, total: l.total });

  return (
    <>
      <div className="hidden md:block">
        <table className="w-full text-left tabular-nums">
          <caption className="sr-only">{t("heading")}</caption>
          <thead className="border-line text-muted border-b text-sm">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("colLesson")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("colRead")}
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                {t("colPractised")}
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                {t("colBestQuiz")}
              </th>
              <th scope="col" className="py-2 pl-4 text-right font-medium">
                {t("colMastery")}
              </th>
            </tr>
          </thead>
          <tbody>
            {lessons.map((l) => (
              <tr key={l.lessonId} className="border-line border-b last:border-0">
                <th scope="row" className="py-3 pr-4 font-normal">
                  <Link href={`/learn/${l.lessonId}`} className="group block">
                    <span className="text-accent-dark block text-sm font-medium">
                      {t("lesson", { n: l.lessonId })}
                    </span>
                    <span className="font-medium group-hover:underline">{titleOf(l.lessonId)}</span>
                  </Link>
                </th>
                <td className="px-4 py-3 whitespace-nowrap">
                  <ReadBar fraction={l.reading.fractionRead} />
                  <span className="text-muted text-sm">{read(l)}</span>
                </td>
                <td className="px-4 py-3 text-right whitespace-nowrap">
                  {t("practisedValue", { count: l.practised })}
                </td>
                <td className="px-4 py-3 text-right whitespace-nowrap">{best(l)}</td>
                <td className="py-3 pl-4 text-right whitespace-nowrap">
                  <span className="font-semibold">{mastery(l)}</span>
                  <span className="text-muted block text-sm">{coverage(l)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="flex flex-col gap-3 md:hidden">
        {lessons.map((l) => (
          <li key={l.lessonId} className="border-line rounded-xl border p-4">
            <Link href={`/learn/${l.lessonId}`} className="block">
              <span className="text-accent-dark block text-sm font-medium">
                {t("lesson", { n: l.lessonId })}
              </span>
              <span className="font-medium underline-offset-4 hover:underline">{titleOf(l.lessonId)}</span>
            </Link>
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm tabular-nums">
              <div className="col-span-2">
                <dt className="text-muted">{t("colRead")}</dt>
                <dd className="flex items-center gap-3">
                  <ReadBar fraction={l.reading.fractionRead} />
                  <span className="shrink-0">{read(l)}</span>
                </dd>
              </div>
              <div>
                <dt className="text-muted">{t("colPractised")}</dt>
                <dd>{t("practisedValue", { count: l.practised })}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("colBestQuiz")}</dt>
                <dd>{best(l)}</dd>
              </div>
              <div className="col-span-2">
                <dt className="text-muted">{t("colMastery")}</dt>
                <dd>
                  <span className="font-semibold">{mastery(l)}</span> · {coverage(l)}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
