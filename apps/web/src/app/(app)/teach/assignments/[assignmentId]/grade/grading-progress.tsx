"use client";

import { useTranslations } from "next-intl";

/** 「已批改 12/30」 with a bar (the text carries it; the bar is decoration). */
export function GradingProgress({
  graded,
  total,
  className = "",
}: {
  graded: number;
  total: number;
  className?: string;
}) {
  const t = useTranslations("results.grading");
  const share = total ? graded / total : 0;
  return (
    <div className={className} data-testid="grading-progress">
      <p className="text-sm font-medium">{t("progress", { graded, total })}</p>
      <span aria-hidden className="mt-1 block h-2 w-full max-w-60 overflow-hidden rounded-full bg-stone-200">
        <span className="bg-ok block h-full rounded-full" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
    </div>
  );
}
