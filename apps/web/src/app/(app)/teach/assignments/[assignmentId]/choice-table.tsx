"use client";

import { useLocale, useTranslations } from "next-intl";
import { BilingualText } from "~/components/items/bilingual-text";
import { formatShare } from "../../_results/format";
import { useMisconceptionLabel } from "../../_results/misconception-label";
import { type TResultItem } from "./types";

type TChoice = NonNullable<TResultItem["choices"]>[number];

/** How many students picked each choice, as a bar and a number; the key marked in words. */
export function ChoiceTable({ item, choices }: { item: TResultItem; choices: TChoice[] }) {
  const t = useTranslations("results.items");
  const locale = useLocale();
  const labelOf = useMisconceptionLabel();
  return (
    <div
      role="region"
      aria-label={t("choicesCaption", { n: item.position })}
      tabIndex={0}
      className="relative overflow-x-auto"
    >
      <table className="w-full text-left text-sm" data-testid="distractor-table">
        <caption className="mb-1 text-left font-semibold">
          {t("choicesCaption", { n: item.position })}
        </caption>
        <thead className="border-line text-muted border-b">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("colChoice")}
            </th>
            <th scope="col" className="w-2/5 py-2 pl-3 font-medium sm:pr-3">
              {t("colPicked")}
            </th>
            <th scope="col" className="hidden py-2 pl-3 font-medium sm:table-cell">
              {t("colNote")}
            </th>
          </tr>
        </thead>
        <tbody>
          {choices.map((c) => {
            const tag = c.misconception ? labelOf(c.misconception) : null;
            const note = c.correct ? (
              <span className="text-ok font-semibold">
                <span aria-hidden>✓ </span>
                {t("correctChoice")}
              </span>
            ) : tag ? (
              <span>
                <span className="text-muted">{t("misconceptionPrefix")}</span>
                <span className="font-medium">{tag.label}</span>
                {tag.explanation && <span className="text-muted block text-xs">{tag.explanation}</span>}
              </span>
            ) : (
              <span className="text-muted">{t("distractor")}</span>
            );
            return (
              <tr
                key={c.id}
                className={`border-line border-b last:border-0 ${c.correct ? "bg-green-50" : ""}`}
              >
                <th scope="row" className="py-2 pr-3 align-top font-normal">
                  <BilingualText text={c.text} locale={locale} />
                  {/* On a phone the note goes under the choice instead of in its own column. */}
                  <span className="mt-0.5 block text-sm sm:hidden">{note}</span>
                </th>
                <td className="py-2 pl-3 align-top tabular-nums sm:pr-3">
                  <span className="flex items-center gap-2">
                    <span
                      aria-hidden
                      className="block h-3 min-w-6 flex-1 overflow-hidden rounded-sm bg-stone-100"
                    >
                      <span
                        className={`block h-full ${c.correct ? "bg-ok" : "bg-stone-600"}`}
                        style={{ width: `${Math.round(c.share * 100)}%` }}
                      />
                    </span>
                    <span className="shrink-0 text-right whitespace-nowrap">
                      {t("pickedValue", { count: c.count, share: formatShare(c.share, locale) })}
                    </span>
                  </span>
                </td>
                <td className="hidden py-2 pl-3 align-top sm:table-cell">{note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {item.type === "multi" && <p className="text-muted mt-1 text-xs">{t("multiNote")}</p>}
    </div>
  );
}
