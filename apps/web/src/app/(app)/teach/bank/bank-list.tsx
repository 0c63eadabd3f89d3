"use client";

import { LESSON_IDS } from "@dc/content/constants";
import type { TLessonId } from "@dc/content/schema";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { PoolBadge } from "~/components/pool-badge";
import { localized } from "~/lib/localized";
import { useTRPC } from "~/trpc/react";

export function BankList() {
  const trpc = useTRPC();
  const t = useTranslations();
  const locale = useLocale();
  const [lessonId, setLessonId] = useState<TLessonId>(0);
  const { data, isPending, isError } = useQuery(trpc.bank.list.queryOptions({ lessonId }));

  return (
    <div>
      <div role="group" aria-label={t("teach.filterLesson")} className="mb-6 flex flex-wrap gap-2">
        {LESSON_IDS.map((id) => (
          <button
            key={id}
            type="button"
            aria-pressed={lessonId === id}
            onClick={() => setLessonId(id)}
            className={`min-h-10 rounded-lg border px-3 text-sm ${lessonId === id ? "border-ink bg-ink text-white" : "border-line bg-white hover:bg-stone-100"}`}
          >
            {t("learn.lesson", { n: id })}
          </button>
        ))}
      </div>
      {isPending ? (
        <p role="status" className="text-muted">
          {t("common.loading")}
        </p>
      ) : isError ? (
        <p role="alert" className="text-accent-dark">
          {t("common.error")}
        </p>
      ) : (
        <>
          <p className="text-muted mb-3 text-sm" aria-live="polite">
            {t("teach.count", { count: data.length })}
          </p>
          <ol className="space-y-3">
            {data.map((item) => (
              <li key={item.id} className="card">
                <div className="flex flex-wrap gap-2 text-xs">
                  <span className="rounded bg-stone-100 px-2 py-0.5">{t(`skills.${item.skill}`)}</span>
                  <span className="rounded bg-stone-100 px-2 py-0.5">{t(`types.${item.type}`)}</span>
                  <PoolBadge pool={item.pool} exposedTo={item.exposedTo} />
                  <code className="text-muted">{item.id}</code>
                </div>
                <p className="mt-2 font-medium">{localized(item.prompt, locale)}</p>
                <p className="mt-2">
                  <span className="text-ok font-semibold">{t("teach.answer")}：</span>
                  {item.answer}
                </p>
                <p className="text-muted mt-1 text-sm">{localized(item.explanation, locale)}</p>
                <p className="text-muted mt-1 text-sm">
                  {t("teach.source")}：<span className="font-mono">{item.source.paragraphId}</span>「
                  {item.source.quote}」
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
