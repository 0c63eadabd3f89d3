"use client";

import { useTranslations } from "next-intl";

/**
 * Which pool an item is in and, for an assessment item, how many students have had its key released:
 * a teacher choosing items for a test can avoid the exposed ones.
 */
export function PoolBadge({
  pool,
  exposedTo,
}: {
  pool: "assessment" | "practice";
  exposedTo: number | null;
}) {
  const t = useTranslations("integrity.pool");
  return (
    <>
      <span
        className={`rounded-full border px-2 text-[13px] font-medium ${
          pool === "assessment" ? "border-accent text-accent-dark" : "border-line text-muted"
        }`}
      >
        {t(`badge${pool}`)}
      </span>
      {exposedTo !== null && <span>{t("exposure", { count: exposedTo })}</span>}
    </>
  );
}
