"use client";

import { useLocale, useTranslations } from "next-intl";
import { alphaBand, formatIndex, formatPoints, formatShare, SMALL_CLASS } from "../../_results/format";
import { type TResults } from "./types";

/**
 * The assignment's reliability (Cronbach's alpha, or KR-20 when every item is right/wrong) and the
 * standard error of measurement, with what the SEM means for one student's score. Withheld by the
 * server under its minimum of attempts; greyed under SMALL_CLASS.
 */
export function ReliabilitySummary({ reliability }: { reliability: TResults["analysis"]["reliability"] }) {
  const t = useTranslations("itemStats");
  const locale = useLocale();
  const r = reliability;
  if (r.status !== "OK" || r.alpha === null || r.sem === null || r.sd === null || r.mean === null) {
    const message =
      r.status === "TOO_FEW_ATTEMPTS"
        ? t("tooFew", { min: r.minAttempts, n: r.n })
        : r.status === "TOO_FEW_ITEMS"
          ? t("tooFewItems")
          : t("noSpread");
    return (
      <section aria-labelledby="reliability-heading" className="border-line rounded-xl border p-4">
        <h3 id="reliability-heading" className="font-semibold">
          {t("reliabilityHeading")}
        </h3>
        <p className="text-muted mt-1 text-sm" data-testid="reliability-withheld">
          {message}
        </p>
      </section>
    );
  }
  const rough = r.n < SMALL_CLASS;
  const points = formatPoints(r.sem, locale);
  const figure = rough ? "text-muted text-lg" : "text-lg font-semibold";
  return (
    <section
      aria-labelledby="reliability-heading"
      className="border-line rounded-xl border p-4"
      data-testid="reliability"
    >
      <h3 id="reliability-heading" className="font-semibold">
        {t("reliabilityHeading")}
      </h3>
      {rough && <p className="mt-1 text-sm text-amber-900">{t("rough", { n: r.n })}</p>}
      <dl className="mt-3 grid gap-4 text-sm tabular-nums sm:grid-cols-2">
        <div>
          <dt className="text-muted">{t(`method.${r.method}`)}</dt>
          <dd>
            <span className={figure}>{formatIndex(r.alpha, locale).replace(/^\+/, "")}</span>
            <span className="text-muted block text-xs">{t(`alphaBand.${alphaBand(r.alpha)}`)}</span>
          </dd>
        </div>
        <div>
          <dt className="text-muted">{t("sem")}</dt>
          <dd>
            <span className={figure}>
              {t("semValue", { points, percent: formatShare(r.sem / r.maxScore, locale, 1) })}
            </span>
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-sm">
        {/* Two students' scores differ by chance alone less than 1.96·√2·SEM, 95 times in 100. */}
        {t("semMeaning", { points, difference: formatPoints(1.96 * Math.SQRT2 * r.sem, locale) })}
      </p>
      <p className="text-muted mt-2 text-xs">
        {t("basis", {
          n: r.n,
          items: r.items,
          mean: formatPoints(r.mean, locale),
          max: r.maxScore,
          sd: formatPoints(r.sd, locale),
        })}
      </p>
      <p className="text-muted mt-1 text-xs">{t("help")}</p>
    </section>
  );
}
