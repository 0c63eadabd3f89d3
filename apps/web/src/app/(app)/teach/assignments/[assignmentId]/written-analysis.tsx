"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "~/components/link";
import { localized } from "~/lib/localized";
import { formatPoints, formatShare } from "../../_results/format";
import { type TResults } from "./types";

/**
 * The rubric items' analysis: per written question, the mean points of the answers graded so far,
 * the share meeting each criterion, and how many answers got each total (teacher gradings only).
 */
export function WrittenAnalysis({
  assignmentId,
  written,
}: {
  assignmentId: string;
  written: TResults["written"];
}) {
  const t = useTranslations("results.grading.analysis");
  const locale = useLocale();
  return (
    <ul className="space-y-6">
      {written.map((w) => {
        const most = Math.max(1, ...w.distribution.map((d) => d.count));
        return (
          <li key={w.itemId} className="border-line rounded-xl border p-4" data-testid="written-analysis">
            <h3 className="font-semibold">{t("question", { position: w.position })}</h3>
            <p className="mt-1">{localized(w.prompt, locale)}</p>
            <p className="mt-2 font-medium">
              {w.meanPoints === null
                ? t("noneGraded")
                : t("mean", { mean: formatPoints(w.meanPoints, locale), max: w.maxPoints, graded: w.graded })}
            </p>
            <table className="mt-3 w-full text-sm">
              <caption className="sr-only">{t("criteriaCaption")}</caption>
              <thead>
                <tr className="text-muted text-left">
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t("criterion")}
                  </th>
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t("points")}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t("share")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {w.criteria.map((c, i) => (
                  <tr key={c.id} className="border-line border-t">
                    <td className="py-2 pr-2">
                      {i + 1}. {localized(w.rubric.find((r) => r.id === c.id)!.description, locale)}
                    </td>
                    <td className="py-2 pr-2">{c.points}</td>
                    <td className="py-2">{c.share === null ? "—" : formatShare(c.share, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-3 text-sm font-medium">{t("distribution")}</p>
            <ul className="mt-1 space-y-1 text-sm">
              {w.distribution.map((d) => (
                <li key={d.points} className="flex items-center gap-2">
                  <span className="w-14 shrink-0">{t("pointsValue", { points: d.points })}</span>
                  <span
                    aria-hidden
                    className="block h-3 rounded bg-sky-700"
                    style={{ width: `${(d.count / most) * 60}%` }}
                  />
                  <span>{t("answers", { count: d.count })}</span>
                </li>
              ))}
            </ul>
            <Link
              href={`/teach/assignments/${assignmentId}/grade/${encodeURIComponent(w.itemId)}`}
              className="mt-3 inline-block underline underline-offset-4"
            >
              {t("gradeLink", { position: w.position })}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
