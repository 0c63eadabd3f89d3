"use client";

import { useTranslations } from "next-intl";
import { useReading } from "./reading-progress";

/** "已讀 3/5 段" with a small bar, and "已完成" once the lesson is marked as read. */
export function ReadingStatus() {
  const t = useTranslations("reader");
  const { seen, total, completedAt, saveFailed } = useReading();
  const percent = total ? Math.round((completedAt ? 1 : seen / total) * 100) : 0;
  return (
    <p className="text-muted flex min-w-0 items-center gap-2 text-sm" data-testid="reading-status">
      <span aria-hidden className="hidden h-1.5 w-16 overflow-hidden rounded-full bg-stone-200 sm:block">
        <span
          className={`block h-full rounded-full ${completedAt ? "bg-ok" : "bg-accent"}`}
          style={{ width: `${percent}%` }}
        />
      </span>
      <span className="tabular-nums">{t("progress", { seen, total })}</span>
      {completedAt && (
        <span className="text-ok flex items-center gap-1 font-semibold">
          <span aria-hidden>✓</span>
          {t("completed")}
        </span>
      )}
      {saveFailed && <span className="text-warn">{t("saveRetry")}</span>}
    </p>
  );
}
