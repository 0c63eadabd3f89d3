"use client";

import { useLocale, useTranslations } from "next-intl";
import { discriminationBand, facilityBand, formatIndex, formatShare } from "../../_results/format";

/** Figures from too few students are greyed (see SMALL_CLASS): still readable, plainly not firm. */
const figureClass = (rough: boolean) => (rough ? "text-muted font-normal" : "font-semibold");

/** Facility: the mean score as a share of the item's point, with a word for how hard that makes it. */
export function Facility({ value, rough = false }: { value: number | null; rough?: boolean }) {
  const t = useTranslations("results.items");
  const locale = useLocale();
  if (value === null) return <NoFigure />;
  return (
    <>
      <span className={figureClass(rough)}>{formatShare(value, locale)}</span>
      <span className="text-muted block text-xs">{t(`facilityBand.${facilityBand(value)}`)}</span>
    </>
  );
}

/** The share of students who earned the item's whole point. */
export function FullCredit({ value, rough = false }: { value: number | null; rough?: boolean }) {
  const locale = useLocale();
  if (value === null) return <NoFigure />;
  return <span className={figureClass(rough)}>{formatShare(value, locale)}</span>;
}

/** The item-rest correlation, with a word from its own bands. */
export function Discrimination({ value, rough = false }: { value: number | null; rough?: boolean }) {
  const t = useTranslations("results.items");
  const locale = useLocale();
  if (value === null) return <NoFigure reason={t("noDiscrimination")} />;
  const band = discriminationBand(value);
  return (
    <>
      <span className={figureClass(rough)}>{formatIndex(value, locale)}</span>
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
