"use client";

import { useTranslations } from "next-intl";

/** Pass or fail against the assignment's pass mark: a mark and a word, never colour alone. */
export function PassBadge({ passed }: { passed: boolean }) {
  const t = useTranslations("manage.pass");
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${
        passed ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"
      }`}
    >
      <span aria-hidden className="font-bold">
        {passed ? "✓" : "✗"}
      </span>
      {passed ? t("pass") : t("fail")}
    </span>
  );
}
