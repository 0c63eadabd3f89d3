"use client";

import { GRADING_LIMITS } from "@dc/api/contract";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ConfirmButton } from "~/components/confirm-button";
import { localized } from "~/lib/localized";
import { useTRPC } from "~/trpc/react";
import { useErrorText } from "../../../../_results/error-text";
import { type TCriterion } from "./types";

/**
 * The rubric with this assignment's points, and a change of one criterion's points (with a reason):
 * the confirm says how many graded answers will be re-scored. The bank's points again undo it.
 */
export function RubricEdit({
  assignmentId,
  itemId,
  rubric,
  graded,
  onChanged,
}: {
  assignmentId: string;
  itemId: string;
  rubric: readonly TCriterion[];
  graded: number;
  onChanged: (status: string) => void;
}) {
  const t = useTranslations("results.grading");
  const locale = useLocale();
  const id = useId();
  const trpc = useTRPC();
  const errorText = useErrorText();
  const [criterionId, setCriterionId] = useState(rubric[0]?.id ?? "");
  const criterion = rubric.find((c) => c.id === criterionId) ?? rubric[0];
  const [points, setPoints] = useState(String(criterion?.points ?? 0));
  const [reason, setReason] = useState("");
  const adjust = useMutation(trpc.grading.adjustRubric.mutationOptions());
  if (!criterion) return null;
  const value = Number(points);
  const valid =
    Number.isInteger(value) && value >= 0 && value <= GRADING_LIMITS.criterionPoints && reason.trim() !== "";

  return (
    <div className="space-y-4">
      <ol className="space-y-2">
        {rubric.map((c, i) => (
          <li key={c.id} className="flex gap-3">
            <span className="text-muted">{i + 1}.</span>
            <span className="flex-1">{localized(c.description, locale)}</span>
            <span className="shrink-0 font-semibold">
              {t("criterionPoints", { points: c.points })}
              {c.adjustment && (
                <span className="text-muted block text-xs">{t("bankPoints", { points: c.bankPoints })}</span>
              )}
            </span>
          </li>
        ))}
      </ol>
      <div className="border-line space-y-3 border-t pt-4">
        <h3 className="font-semibold">{t("editHeading")}</h3>
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_7rem]">
          <div>
            <label htmlFor={`${id}-criterion`} className="text-sm font-medium">
              {t("editCriterion")}
            </label>
            <select
              id={`${id}-criterion`}
              className="field mt-1"
              value={criterion.id}
              onChange={(e) => {
                setCriterionId(e.target.value);
                setPoints(String(rubric.find((c) => c.id === e.target.value)?.points ?? 0));
              }}
            >
              {rubric.map((c, i) => (
                <option key={c.id} value={c.id}>
                  {i + 1}. {localized(c.description, locale)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-points`} className="text-sm font-medium">
              {t("editPoints")}
            </label>
            <input
              id={`${id}-points`}
              type="number"
              inputMode="numeric"
              min={0}
              max={GRADING_LIMITS.criterionPoints}
              className="field mt-1"
              value={points}
              onChange={(e) => setPoints(e.target.value)}
            />
          </div>
        </div>
        <div>
          <label htmlFor={`${id}-reason`} className="text-sm font-medium">
            {t("editReason")}
          </label>
          <input
            id={`${id}-reason`}
            className="field mt-1"
            maxLength={GRADING_LIMITS.reason}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        {valid ? (
          <ConfirmButton
            label={t("editSubmit")}
            className="btn-primary"
            title={t("editConfirmTitle")}
            body={<p>{t("editConfirmBody", { count: graded, points: value })}</p>}
            confirmLabel={t("editConfirm")}
            onConfirm={async () => {
              try {
                const result = await adjust.mutateAsync({
                  assignmentId,
                  itemId,
                  criterionId: criterion.id,
                  points: value,
                  reason: reason.trim(),
                });
                setReason("");
                onChanged(t("edited", { count: result.answersRescored, changed: result.changes.length }));
                return null;
              } catch (error) {
                return errorText(error);
              }
            }}
          />
        ) : (
          <p className="text-muted text-sm">{t("editNeedsReason")}</p>
        )}
      </div>
    </div>
  );
}
