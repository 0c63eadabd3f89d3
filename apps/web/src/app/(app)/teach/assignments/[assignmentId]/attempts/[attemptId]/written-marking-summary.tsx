"use client";

import { useLocale, useTranslations } from "next-intl";
import { localized } from "~/lib/localized";

type TRubric = readonly { id: string; points: number; description: { zh: string; en: string } }[];

/** A teacher's marking of a written answer: each criterion met or not, and the comment. */
export function WrittenMarkingSummary({
  marking,
  rubric,
}: {
  marking: { criteriaMet: readonly string[]; comment: string | null };
  rubric: TRubric;
}) {
  const t = useTranslations("results.attempt");
  const locale = useLocale();
  return (
    <div className="border-line rounded-xl border bg-stone-50 p-4" data-testid="written-marking">
      <h3 className="font-semibold">{t("markingHeading")}</h3>
      <ul className="mt-2 space-y-1">
        {rubric.map((c) => {
          const met = marking.criteriaMet.includes(c.id);
          return (
            <li key={c.id} className="flex gap-2">
              <span aria-hidden className={met ? "text-ok" : "text-muted"}>
                {met ? "✓" : "✗"}
              </span>
              <span className="sr-only">{met ? t("criterionMet") : t("criterionNotMet")}</span>
              <span>{localized(c.description, locale)}</span>
            </li>
          );
        })}
      </ul>
      {marking.comment && <p className="mt-3">{t("comment", { comment: marking.comment })}</p>}
    </div>
  );
}
