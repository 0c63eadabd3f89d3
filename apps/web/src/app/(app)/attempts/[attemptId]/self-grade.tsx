"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { BilingualText } from "~/components/items/bilingual-text";
import { useTRPC } from "~/trpc/react";
import type { TEntry } from "./player-state";

/**
 * Practice and review: once a written answer is final and its model answer and rubric are shown, the
 * learner ticks the criteria their answer meets (checkboxes: Tab and Space) and sends the self-grade,
 * which schedules the item's review. Offered until the answer is marked.
 */
export function SelfGrade({
  attemptId,
  entry,
  locale,
}: {
  attemptId: string;
  entry: TEntry;
  locale: string;
}) {
  const t = useTranslations("items");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [met, setMet] = useState<string[]>([]);
  const grade = useMutation(trpc.attempt.selfGrade.mutationOptions());
  const reveal = entry.reveal?.type === "written" ? entry.reveal : null;
  if (!reveal || !entry.written?.pending) return null;
  const rubric = reveal.key.rubric;
  const points = rubric.filter((c) => met.includes(c.id)).reduce((sum, c) => sum + c.points, 0);
  const max = rubric.reduce((sum, c) => sum + c.points, 0);

  async function send() {
    await grade.mutateAsync({ attemptId, itemId: entry.item.id, criteriaMet: met });
    await queryClient.invalidateQueries({ queryKey: trpc.attempt.get.queryKey({ attemptId }) });
  }

  return (
    <form
      className="border-accent bg-accent-soft/40 space-y-3 rounded-xl border-2 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <fieldset aria-describedby={`${id}-hint`}>
        <legend className="font-semibold">{t("selfGradeLegend")}</legend>
        <p id={`${id}-hint`} className="text-muted mt-1 text-sm">
          {t("selfGradeHint")}
        </p>
        <ul className="mt-3 space-y-2">
          {rubric.map((criterion) => (
            <li key={criterion.id}>
              <label className="flex cursor-pointer items-start gap-3">
                <input
                  type="checkbox"
                  className="accent-accent mt-1 size-5 shrink-0"
                  checked={met.includes(criterion.id)}
                  onChange={(event) =>
                    setMet((now) =>
                      event.target.checked ? [...now, criterion.id] : now.filter((c) => c !== criterion.id),
                    )
                  }
                />
                <span>
                  <span className="font-semibold tabular-nums">
                    {t("criterionPoints", { points: criterion.points })}
                  </span>{" "}
                  <BilingualText text={criterion.description} locale={locale} />
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={grade.isPending}>
          {grade.isPending ? t("selfGradeSending") : t("selfGradeSubmit")}
        </button>
        <p className="tabular-nums" aria-live="polite">
          {t("selfGradeTally", { points, max })}
        </p>
      </div>
      {grade.isError && (
        <p role="alert" className="text-accent-dark">
          {t("selfGradeFailed")}
        </p>
      )}
    </form>
  );
}
