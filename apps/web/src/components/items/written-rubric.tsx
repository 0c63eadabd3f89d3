"use client";

import type { TCriterion } from "@dc/content/written";
import { useTranslations } from "next-intl";
import { BilingualText } from "./bilingual-text";

type TRubricCriterion = Pick<TCriterion, "id" | "points" | "description">;

/**
 * A written item's key: the model answer, then its marking criteria with their points. Where the
 * criteria are listed again beside it (to tick, or marked met or not), `rubricFolded` folds them
 * away here, one click to open.
 */
export function WrittenKey({
  modelAnswer,
  rubric,
  locale,
  rubricFolded = false,
}: {
  modelAnswer: { zh: string; en?: string };
  rubric: readonly TRubricCriterion[];
  locale: string;
  rubricFolded?: boolean;
}) {
  const t = useTranslations("items");
  const heading = <h3 className="text-muted inline text-sm font-semibold">{t("rubric")}</h3>;
  return (
    <div className="space-y-3">
      <div>
        <h3 className="text-muted text-sm font-semibold">{t("modelAnswer")}</h3>
        <p className="mt-1">
          <BilingualText text={modelAnswer} locale={locale} />
        </p>
      </div>
      {rubricFolded ? (
        <details>
          <summary className="cursor-pointer">{heading}</summary>
          <RubricList rubric={rubric} locale={locale} />
        </details>
      ) : (
        <div>
          {heading}
          <RubricList rubric={rubric} locale={locale} />
        </div>
      )}
    </div>
  );
}

/**
 * The criteria, each with its points; once marked (`met` given), each says in words whether the
 * answer meets it (never colour alone).
 */
export function RubricList({
  rubric,
  locale,
  met = null,
}: {
  rubric: readonly TRubricCriterion[];
  locale: string;
  met?: readonly string[] | null;
}) {
  const t = useTranslations("items");
  const metSet = new Set(met ?? []);
  return (
    <ul className="mt-1 space-y-1.5">
      {rubric.map((criterion) => {
        const isMet = metSet.has(criterion.id);
        return (
          <li key={criterion.id} className="flex gap-2">
            <span className="shrink-0 font-semibold tabular-nums">
              {t("criterionPoints", { points: criterion.points })}
            </span>
            <span className="min-w-0">
              <BilingualText text={criterion.description} locale={locale} />
              {met !== null && (
                <span
                  className={`ml-2 text-sm font-semibold whitespace-nowrap ${isMet ? "text-ok" : "text-accent-dark"}`}
                >
                  <span aria-hidden>{isMet ? "✓ " : "✗ "}</span>
                  {isMet ? t("criterionMet") : t("criterionNotMet")}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
