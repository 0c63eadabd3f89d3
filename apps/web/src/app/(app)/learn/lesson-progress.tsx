"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";

/** A lesson card's reading progress: a labelled bar, "已讀 60%" and "已完成" once marked as read. */
export function LessonProgress({ lessonId }: { lessonId: number }) {
  const t = useTranslations("learn");
  const trpc = useTRPC();
  const { data } = useQuery(trpc.reading.list.queryOptions());
  const reading = data?.find((r) => r.lessonId === lessonId);
  if (!reading) return null; // progress could not be loaded: show the card without it
  const percent = Math.round(reading.fractionRead * 100);
  const completed = Boolean(reading.completedAt);
  return (
    <div className="flex items-center gap-3 text-sm" data-testid={`lesson-progress-${lessonId}`}>
      <div
        role="progressbar"
        aria-label={t("progressLabel", { n: lessonId })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("readPercent", { percent })}
        className="h-2 flex-1 overflow-hidden rounded-full bg-stone-200"
      >
        <div
          className={`h-full rounded-full ${completed ? "bg-ok" : "bg-accent"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <span className="text-muted shrink-0 tabular-nums">{t("readPercent", { percent })}</span>
      {completed && (
        <span className="text-ok bg-ok/10 flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 font-semibold">
          <span aria-hidden>✓</span>
          {t("completed")}
        </span>
      )}
    </div>
  );
}
