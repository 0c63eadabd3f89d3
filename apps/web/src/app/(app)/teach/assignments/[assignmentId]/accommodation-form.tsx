"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ASSIGNMENT_LIMITS as L } from "@dc/api/contract";
import { NumberField } from "~/components/form-field";
import { formText } from "~/lib/form-text";
import { useTRPC } from "~/trpc/react";
import { useErrorText } from "../../_results/error-text";

/**
 * Extra minutes, extra time in per cent and extra attempts for one student on this assignment. They
 * override the student's standing accommodation on the class for this assignment only.
 */
export function AccommodationForm({
  id,
  assignmentId,
  classId,
  student,
  extra,
  timed,
}: {
  id: string;
  assignmentId: string;
  classId: string;
  student: { id: string; name: string };
  extra: { extraTimeMinutes: number; extraTimePercent: number; extraAttempts: number };
  timed: boolean;
}) {
  const t = useTranslations("results.accommodation");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(
    trpc.assignment.setAccommodation.mutationOptions({
      onSuccess: (result) => {
        setSaved(
          result.openAttemptsExtended > 0
            ? t("savedExtended", { count: result.openAttemptsExtended })
            : t("saved"),
        );
        // Refresh in the background: the form is done as soon as the server has saved.
        for (const queryKey of [
          trpc.results.assignment.queryKey({ assignmentId }),
          trpc.assignment.get.queryKey({ assignmentId }),
          trpc.results.gradebook.queryKey({ classId }),
        ]) {
          void queryClient.invalidateQueries({ queryKey });
        }
      },
    }),
  );
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const form = new FormData(event.currentTarget);
    save.mutate({
      assignmentId,
      studentId: student.id,
      extraTimeMinutes: Number(formText(form, "extraTimeMinutes") || 0),
      extraTimePercent: Number(formText(form, "extraTimePercent") || 0),
      extraAttempts: Number(formText(form, "extraAttempts") || 0),
    });
  };
  return (
    <form
      id={id}
      onSubmit={onSubmit}
      aria-label={t("formLabel", { name: student.name })}
      className="border-line mt-3 rounded-xl border bg-stone-50 p-4"
    >
      <p className="text-muted mb-3 text-sm">{t("overrideHint")}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        <NumberField
          id={`${id}-time`}
          label={t("extraTime")}
          hint={timed ? t("extraTimeHint") : t("extraTimeUntimed")}
          name="extraTimeMinutes"
          min={L.extraTime[0]}
          max={L.extraTime[1]}
          step={1}
          required
          defaultValue={extra.extraTimeMinutes}
          className="max-w-40"
        />
        <NumberField
          id={`${id}-percent`}
          label={t("extraTimePercent")}
          hint={t("extraTimePercentHint")}
          name="extraTimePercent"
          min={L.extraTimePercent[0]}
          max={L.extraTimePercent[1]}
          step={1}
          required
          defaultValue={extra.extraTimePercent}
          className="max-w-40"
        />
        <NumberField
          id={`${id}-attempts`}
          label={t("extraAttempts")}
          hint={t("extraAttemptsHint")}
          name="extraAttempts"
          min={L.extraAttempts[0]}
          max={L.extraAttempts[1]}
          step={1}
          required
          defaultValue={extra.extraAttempts}
          className="max-w-40"
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={save.isPending}>
          {save.isPending ? t("saving") : t("save")}
        </button>
        <p role="status" className="text-ok text-sm font-medium">
          {saved}
        </p>
      </div>
      {save.isError && (
        <p role="alert" className="text-accent-dark mt-2 text-sm">
          {errorText(save.error)}
        </p>
      )}
    </form>
  );
}
