"use client";

import type { RouterOutputs } from "@dc/api";
import { useTranslations } from "next-intl";

export type TStatus = RouterOutputs["results"]["gradebook"]["rows"][number]["cells"][number]["status"];

/** Each status has its own colour and its own mark, and always its word: never colour alone. */
const STYLE: Record<TStatus, { mark: string; className: string }> = {
  NOT_STARTED: { mark: "○", className: "border-stone-300 bg-white text-stone-700" },
  IN_PROGRESS: { mark: "◔", className: "border-sky-700 bg-sky-50 text-sky-900" },
  SUBMITTED: { mark: "✓", className: "border-green-700 bg-green-50 text-green-900" },
  LATE: { mark: "!", className: "border-amber-700 bg-amber-50 text-amber-900" },
  MISSED: { mark: "✗", className: "border-red-700 bg-red-50 text-red-900" },
};

export function StatusBadge({ status }: { status: TStatus }) {
  const t = useTranslations("results.status");
  const style = STYLE[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${style.className}`}
    >
      <span aria-hidden className="font-bold">
        {style.mark}
      </span>
      {t(status)}
    </span>
  );
}
