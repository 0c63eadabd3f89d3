"use client";

import { useLocale, useTranslations } from "next-intl";
import { localized } from "~/lib/localized";
import { SMALL_CLASS, truncate } from "../../_results/format";
import { Discrimination, Facility, FullCredit } from "./item-figures";
import { ItemCard } from "./item-card";
import { ReliabilitySummary } from "./reliability-summary";
import { ANALYSIS_ATTEMPTS, type TAnalysisAttempts, type TResults } from "./types";

/**
 * Item analysis over one submitted attempt per student (the first unless the teacher picks another):
 * which attempts, the assignment's reliability, an overview table (one row per item) and, below it,
 * each item in full with how often each choice was picked.
 */
export function ItemAnalysis({
  data,
  onCorrect,
  attempts,
  onAttempts,
}: {
  data: TResults;
  onCorrect: (itemId: string) => void;
  attempts: TAnalysisAttempts;
  onAttempts: (attempts: TAnalysisAttempts) => void;
}) {
  const t = useTranslations("results.items");
  const tStats = useTranslations("itemStats");
  const tAll = useTranslations();
  const locale = useLocale();
  const analysed = data.summary.analysed;
  const rough = analysed < SMALL_CLASS;
  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-1">
        <label htmlFor="analysis-attempts" className="font-medium">
          {tStats("attemptsLabel")}
        </label>
        <select
          id="analysis-attempts"
          aria-describedby="analysis-attempts-help"
          className="border-line min-h-10 w-full rounded-lg border bg-white px-3 sm:w-auto sm:self-start"
          value={attempts}
          onChange={(e) => onAttempts(e.target.value as TAnalysisAttempts)}
        >
          {ANALYSIS_ATTEMPTS.map((rule) => (
            <option key={rule} value={rule}>
              {tStats(`attempts.${rule}`)}
            </option>
          ))}
        </select>
        <p id="analysis-attempts-help" className="text-muted text-sm">
          {tStats("attemptsHelp")}
        </p>
      </div>
      {analysed === 0 ? (
        <p className="border-line rounded-xl border border-dashed p-5">{t("none")}</p>
      ) : (
        analysed < SMALL_CLASS && (
          <p className="rounded-lg border border-amber-700 bg-amber-50 px-4 py-3 text-amber-900">
            {t("smallClass", { n: analysed, min: SMALL_CLASS })}
          </p>
        )
      )}
      {data.summary.awaitingGrading > 0 && (
        <p className="border-line rounded-lg border bg-stone-50 px-4 py-3">
          {t("awaitingGrading", { n: data.summary.awaitingGrading })}
        </p>
      )}
      <ReliabilitySummary reliability={data.analysis.reliability} />
      <details className="border-line rounded-xl border bg-stone-50 px-4 py-3">
        <summary className="cursor-pointer font-semibold">{t("howToRead")}</summary>
        <dl className="mt-3 space-y-3">
          <div>
            <dt className="font-medium">{t("facility")}</dt>
            <dd className="text-muted">{t("facilityHelp")}</dd>
          </div>
          <div>
            <dt className="font-medium">{t("discrimination")}</dt>
            <dd className="text-muted">{t("discriminationHelp")}</dd>
          </div>
          <div>
            <dt className="font-medium">{t("choices")}</dt>
            <dd className="text-muted">{t("choicesHelp")}</dd>
          </div>
        </dl>
      </details>
      <div
        role="region"
        aria-labelledby="item-overview-caption"
        tabIndex={0}
        className="relative overflow-x-auto"
      >
        <table className="w-full min-w-[46rem] text-left text-sm">
          <caption id="item-overview-caption" className="mb-2 text-left font-semibold">
            {t("overviewCaption", { n: analysed })}
          </caption>
          <thead className="border-line text-muted border-b bg-stone-50">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("colNumber")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("colPrompt")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("facility")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {tStats("fullCredit")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("discrimination")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("colSkill")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("colType")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("colBlank")}
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {data.items.map((item) => (
              <tr key={item.itemId} className="border-line border-b align-top last:border-0">
                <th scope="row" className="px-3 py-2 font-semibold">
                  {item.position}
                </th>
                <td className="max-w-xs px-3 py-2">
                  <a
                    href={`#item-${item.position}`}
                    className="underline decoration-stone-400 underline-offset-4 hover:decoration-current"
                    aria-label={t("promptLink", {
                      n: item.position,
                      prompt: localized(item.prompt, locale),
                    })}
                  >
                    {truncate(localized(item.prompt, locale), 36)}
                  </a>
                  {item.dropped && (
                    <span className="text-accent-dark ml-2 text-xs font-semibold">{t("dropped")}</span>
                  )}
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap" data-testid="facility">
                  <Facility value={item.facility} rough={rough} />
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap" data-testid="full-credit">
                  <FullCredit value={item.fullCredit} rough={rough} />
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap">
                  <Discrimination value={item.pointBiserial} rough={rough} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{tAll(`skills.${item.skill}`)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{tAll(`types.${item.type}`)}</td>
                <td className="px-3 py-2 text-right">{item.n ? item.blank : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="space-y-5">
        {data.items.map((item) => (
          <ItemCard key={item.itemId} item={item} rough={rough} onCorrect={onCorrect} />
        ))}
      </ol>
    </div>
  );
}
