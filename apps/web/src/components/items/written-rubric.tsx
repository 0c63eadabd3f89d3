"use client";

import type { TCriterion } from "@dc/content/written";
import { useTranslations } from "next-intl";
import { BilingualText } from "./bilingual-text";

type TRubricCriterion = Pick<TCriterion, "id" | "points" | "description">;

type Props = {
  modelAnswer: { zh: string; en?: string };
  rubric: readonly TRubricCriterion[];
  locale: string;
  /** The ids a marking found met (a teacher's or the learner's own); null before any marking. */
  met?: readonly string[] | null;
  /** A criterion's points for this assignment where a teacher changed them. */
  pointsOf?: (criterion: TRubricCriterion) => number;
};

/** A written item's key: the model answer, then each criterion with its points (and, once marked, met or not). */
export function WrittenKey({ modelAnswer, rubric, locale, met = null, pointsOf = (c) => c.points }: Props) {
  const t = useTranslations("items");
  const metSet = new Set(met ?? []);
  return (
    <div className="space-y-3">
      <div>
        <h3 className="text-muted text-sm font-semibold">{t("modelAnswer")}</h3>
        <p className="mt-1">
          <BilingualText text={modelAnswer} locale={locale} />
        </p>
      </div>
      <div>
        <h3 className="text-muted text-sm font-semibold">{t("rubric")}</h3>
        <ul className="mt-1 space-y-1.5">
          {rubric.map((criterion) => {
            const isMet = metSet.has(criterion.id);
            return (
              <li key={criterion.id} className="flex gap-2">
                <span className="shrink-0 font-semibold tabular-nums">
                  {t("criterionPoints", { points: pointsOf(criterion) })}
                </span>
                <span className="min-w-0">
                  <BilingualText text={criterion.description} locale={locale} />
                  {met !== null && (
                    <span className={`ml-2 text-sm font-semibold ${isMet ? "text-ok" : "text-accent-dark"}`}>
                      <span aria-hidden>{isMet ? "✓ " : "✗ "}</span>
                      {isMet ? t("criterionMet") : t("criterionNotMet")}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
