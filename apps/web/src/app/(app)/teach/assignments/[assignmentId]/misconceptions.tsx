"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatShare } from "../../_results/format";
import { useMisconceptionLabel } from "../../_results/misconception-label";
import { type TResults } from "./types";

/** The confusions the class falls for, most frequent first, in plain words, with the items behind each. */
export function Misconceptions({ data }: { data: TResults }) {
  const t = useTranslations("results.misconceptions");
  const locale = useLocale();
  const labelOf = useMisconceptionLabel();
  const positionOf = new Map(data.items.map((i) => [i.itemId, i.position]));
  if (data.summary.analysed === 0) {
    return <p className="border-line rounded-xl border border-dashed p-5">{t("noneYet")}</p>;
  }
  if (data.misconceptions.length === 0) {
    return <p className="border-line rounded-xl border border-dashed p-5">{t("none")}</p>;
  }
  return (
    <ol className="space-y-3">
      {data.misconceptions.map((m) => {
        const { label, explanation } = labelOf(m.tag);
        const positions = m.itemIds
          .map((id) => positionOf.get(id))
          .filter((p): p is number => p !== undefined)
          .sort((a, b) => a - b);
        return (
          <li key={m.tag} className="border-line rounded-xl border p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <h3 className="font-semibold">{label}</h3>
              <p className="text-sm tabular-nums">
                {t("counts", {
                  students: m.students,
                  share: formatShare(m.studentShare, locale),
                  responses: m.responses,
                })}
              </p>
            </div>
            {explanation && <p className="text-muted mt-1">{explanation}</p>}
            <span aria-hidden className="mt-2 block h-2 w-full overflow-hidden rounded-full bg-stone-100">
              <span
                className="bg-accent block h-full rounded-full"
                style={{ width: `${Math.round(m.studentShare * 100)}%` }}
              />
            </span>
            <p className="mt-2 text-sm">
              {t("items")}{" "}
              {positions.map((p, i) => (
                <span key={p}>
                  {i > 0 && t("separator")}
                  <a href={`#item-${p}`} className="text-accent-dark underline underline-offset-4">
                    {t("itemLink", { n: p })}
                  </a>
                </span>
              ))}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
