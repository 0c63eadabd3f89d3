"use client";

import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { BilingualText } from "~/components/items/bilingual-text";
import { paragraphRef } from "~/components/items/logic";
import { paragraphHref } from "~/lib/paragraph-href";
import { formatShare } from "../../../_results/format";
import { type TMastery } from "./types";

/** The items the class scores lowest on, each with its paragraph, to reteach first. */
export function WeakItems({
  items,
  lessonName,
}: {
  items: TMastery["weakItems"];
  lessonName: (lessonId: number) => string;
}) {
  const t = useTranslations("results.mastery");
  const tAll = useTranslations();
  const locale = useLocale();
  if (items.length === 0) return <p className="text-muted">{t("weakNone")}</p>;
  return (
    <ol className="space-y-3">
      {items.map((w, index) => {
        const ref = paragraphRef(w.paragraphId);
        return (
          <li key={w.itemId} className="border-line flex gap-4 rounded-xl border p-4">
            <span className="text-muted w-6 shrink-0 text-right font-semibold tabular-nums">{index + 1}</span>
            <div className="min-w-0 flex-1 space-y-1">
              <p className="font-medium">
                <BilingualText text={w.prompt} locale={locale} className="leading-[1.9]" />
              </p>
              <p className="text-muted text-sm">
                {lessonName(w.lessonId)} · {tAll(`skills.${w.skill}`)} · {tAll(`types.${w.type}`)}
              </p>
              <p className="flex flex-wrap gap-x-4 text-sm">
                <span className="font-semibold tabular-nums">
                  {t("weakScore", { percent: formatShare(w.mastery, locale), students: w.students })}
                </span>
                {ref && (
                  <Link
                    href={paragraphHref(w.paragraphId)}
                    className="text-accent-dark underline underline-offset-4"
                  >
                    {ref.kind === "row"
                      ? t("sourceRow", { n: ref.n })
                      : t("sourceParagraph", { lesson: ref.lesson, n: ref.n })}
                  </Link>
                )}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
