"use client";

import { Link } from "~/components/link";
import { useLocale, useTranslations } from "next-intl";
import { BilingualText } from "~/components/items/bilingual-text";
import { paragraphRef } from "~/components/items/logic";
import { localized } from "~/lib/localized";
import { paragraphHref } from "~/lib/paragraph-href";
import { formatPoints } from "../../_results/format";
import { ChoiceTable } from "./choice-table";
import { Discrimination, Facility, FullCredit } from "./item-figures";
import { type TResultItem } from "./types";

/** One item in full: prompt, key, figures, how often each choice was picked, common wrong answers. */
export function ItemCard({
  item,
  rough,
  onCorrect,
}: {
  item: TResultItem;
  rough: boolean;
  onCorrect: (itemId: string) => void;
}) {
  const t = useTranslations("results.items");
  const tStats = useTranslations("itemStats");
  const tAll = useTranslations();
  const locale = useLocale();
  const headingId = `item-${item.position}-heading`;
  const ref = paragraphRef(item.paragraphId);
  return (
    <li id={`item-${item.position}`} className="border-line scroll-mt-4 rounded-xl border p-4 sm:p-5">
      <article aria-labelledby={headingId} className="space-y-4">
        <header className="flex flex-wrap items-center gap-2">
          <h3 id={headingId} className="font-semibold">
            {t("itemHeading", { n: item.position })}
          </h3>
          <span className="text-accent-dark bg-accent-soft rounded-full px-2.5 py-0.5 text-xs font-medium">
            {tAll(`skills.${item.skill}`)}
          </span>
          <span className="text-muted rounded-full bg-stone-100 px-2.5 py-0.5 text-xs font-medium">
            {tAll(`types.${item.type}`)}
          </span>
          {item.adjustment && (
            <span className="rounded-full border border-amber-700 bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-900">
              {t(`adjusted.${item.adjustment.action}`)}
            </span>
          )}
        </header>
        <p className="text-[17px] font-medium">
          <BilingualText text={item.prompt} locale={locale} className="leading-[1.9]" />
        </p>
        <p>
          <span className="text-ok font-semibold">{t("key")}</span>{" "}
          <span lang={locale === "en" ? undefined : "zh-Hant"}>{localized(item.answerText, locale)}</span>
        </p>
        {item.adjustment && (
          <p className="text-muted text-sm">{t("adjustmentReason", { reason: item.adjustment.reason })}</p>
        )}
        <dl className="grid grid-cols-2 gap-3 text-sm tabular-nums sm:grid-cols-3" data-testid="item-figures">
          <div>
            <dt className="text-muted">{t("facility")}</dt>
            <dd>
              <Facility value={item.facility} rough={rough} />
            </dd>
          </div>
          <div>
            <dt className="text-muted">{tStats("fullCredit")}</dt>
            <dd>
              <FullCredit value={item.fullCredit} rough={rough} />
            </dd>
          </div>
          <div>
            <dt className="text-muted">{t("discrimination")}</dt>
            <dd>
              <Discrimination value={item.pointBiserial} rough={rough} />
            </dd>
          </div>
          <div className="col-span-2 sm:col-span-3">
            <dt className="text-muted">{t("answeredLabel")}</dt>
            <dd>{t("answeredValue", { answered: item.answered, n: item.n, blank: item.blank })}</dd>
          </div>
        </dl>
        {item.choices && <ChoiceTable item={item} choices={item.choices} />}
        {item.commonWrong && (
          <div>
            <h4 className="font-semibold">{t("commonWrong")}</h4>
            {item.commonWrong.length === 0 ? (
              <p className="text-muted text-sm">{t("noWrong")}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {item.commonWrong.map((w) => (
                  <li key={`${w.response}:${w.credit}`} className="flex flex-wrap gap-x-2">
                    <span lang="zh-Hant" className="font-medium">
                      「{w.response}」
                    </span>
                    <span className="text-muted">{t("students", { count: w.count })}</span>
                    {w.credit > 0 && (
                      <span className="rounded-full bg-amber-50 px-2 text-xs leading-5 font-medium text-amber-900">
                        {tStats("partialCredit", { credit: formatPoints(w.credit, locale) })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="flex flex-wrap items-center gap-3">
          {ref && (
            <Link
              href={paragraphHref(item.paragraphId)}
              className="text-accent-dark text-sm font-medium underline underline-offset-4"
            >
              {ref.kind === "row"
                ? t("sourceRow", { n: ref.n })
                : t("sourceParagraph", { lesson: ref.lesson, n: ref.n })}
            </Link>
          )}
          <button
            type="button"
            className="btn-secondary ml-auto min-h-10 px-4 text-sm"
            onClick={() => onCorrect(item.itemId)}
          >
            {t("correctThis", { n: item.position })}
          </button>
        </div>
      </article>
    </li>
  );
}
