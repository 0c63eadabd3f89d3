"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatPoints } from "../../_results/format";
import { type TAdjustResult } from "./types";

/** The grades a correction moved: each student's score before and after. */
export function RegradeChanges({
  changes,
  className = "",
}: {
  changes: TAdjustResult["changes"];
  className?: string;
}) {
  const t = useTranslations("results.correction");
  const locale = useLocale();
  const score = (s: number, max: number) =>
    t("score", { score: formatPoints(s, locale), max: formatPoints(max, locale) });
  return (
    <div className={`relative overflow-x-auto ${className}`}>
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="sr-only">{t("changesCaption")}</caption>
        <thead className="border-line text-muted border-b">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t("colStudent")}
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-medium">
              {t("colBefore")}
            </th>
            <th scope="col" className="py-1.5 pl-3 text-right font-medium">
              {t("colAfter")}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.attemptId} className="border-line border-b last:border-0">
              <th scope="row" className="py-1.5 pr-3 font-medium">
                {c.name}
              </th>
              <td className="px-3 py-1.5 text-right">{score(c.oldScore, c.oldMaxScore)}</td>
              <td className="py-1.5 pl-3 text-right font-semibold">{score(c.newScore, c.newMaxScore)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
