"use client";

import { useTranslations } from "next-intl";

/** Always tells the learner whether their answers are safe on the server. */
export function SaveStatus({ pending, online }: { pending: number; online: boolean }) {
  const t = useTranslations("attempt");
  const text = !online ? t("offline") : pending ? t("unsaved", { count: pending }) : t("saved");
  const tone = !online
    ? "border-warn bg-orange-50 text-warn"
    : pending
      ? "border-line bg-white text-muted"
      : "border-line bg-white text-ok";
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="save-status"
      className={`rounded-lg border px-3 py-1.5 text-sm ${tone}`}
    >
      <span aria-hidden>{!online ? "⚠ " : pending ? "… " : "✓ "}</span>
      {text}
    </p>
  );
}
