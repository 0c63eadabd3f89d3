"use client";

import { useLocale, useTranslations } from "next-intl";
import { discriminationBand, facilityBand, formatIndex, formatShare } from "../../_results/format";

/** Share of students fully right, with a word for how hard that makes the item. */
export function Facility({ value }: { value: number | null }) {
  const t = useTranslations("results.items");
  const locale = useLocale();
  if (value === null) return <NoFigure />;
  return (
    <>
      <span className="font-semibold">{formatShare(value, locale)}</span>
      <span className="text-muted block text-xs">{t(`facilityBand.${facilityBand(value)}`)}</span>
    </>
  );
}

/** A discrimination index (point-biserial or upper-lower), with a word for what it says. */
export function Discrimination({ value }: { value: number | null }) {
  const t = useTranslations("results.items");
  const locale = useLocale();
  if (value === null) return <NoFigure reason={t("noDiscrimination")} />;
  const band = discriminationBand(value);
  return (
    <>
      <span className="font-semibold">{formatIndex(value, locale)}</span>
      <span
        className={`block text-xs ${band === "negative" ? "text-accent-dark font-medium" : "text-muted"}`}
      >
        {t(`discriminationBand.${band}`)}
      </span>
    </>
  );
}

/** No figure: a dash, and why in words (visible when there is a reason, else for screen readers). */
function NoFigure({ reason }: { reason?: string }) {
  const t = useTranslations("results.items");
  return (
    <>
      <span aria-hidden>—</span>
      {reason ? (
        <span className="text-muted block text-xs">{reason}</span>
      ) : (
        <span className="sr-only">{t("noFigure")}</span>
      )}
    </>
  );
}
