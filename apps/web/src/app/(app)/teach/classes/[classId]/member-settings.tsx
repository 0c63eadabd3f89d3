"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ASSIGNMENT_LIMITS as L } from "@dc/api/contract";
import { NumberField } from "~/components/form-field";
import { errorCode } from "~/lib/error-code";
import { formText } from "~/lib/form-text";
import { useTRPC } from "~/trpc/react";
import type { TClassDetail } from "./types";
import { useClassCache } from "./use-class-mutations";

type TStudent = TClassDetail["students"][number];

/**
 * A class member's class number (學號) and standing accommodation, edited in one form. Each is saved
 * only when it changed; a number another member has is explained with that member's name.
 */
export function MemberSettings({ id, cls, student }: { id: string; cls: TClassDetail; student: TStudent }) {
  const t = useTranslations("classes.member");
  const trpc = useTRPC();
  const cache = useClassCache(cls.id);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const setNumber = useMutation(trpc.class.setClassNumber.mutationOptions());
  const setStanding = useMutation(trpc.class.setStanding.mutationOptions());
  const busy = setNumber.isPending || setStanding.isPending;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    const form = new FormData(event.currentTarget);
    const numberText = formText(form, "classNumber").trim();
    const classNumber = numberText === "" ? null : Number(numberText);
    if (classNumber !== null && !(Number.isInteger(classNumber) && classNumber >= 1 && classNumber <= 999)) {
      return setError(t("numberInvalid"));
    }
    const standing = {
      extraTimeMinutes: Number(formText(form, "extraTimeMinutes") || 0),
      extraTimePercent: Number(formText(form, "extraTimePercent") || 0),
      extraAttempts: Number(formText(form, "extraAttempts") || 0),
    };
    let extended = 0;
    try {
      if (classNumber !== student.classNumber) {
        await setNumber.mutateAsync({ classId: cls.id, studentId: student.id, classNumber });
      }
      const s = student.standing;
      if (
        standing.extraTimeMinutes !== s.extraTimeMinutes ||
        standing.extraTimePercent !== s.extraTimePercent ||
        standing.extraAttempts !== s.extraAttempts
      ) {
        const result = await setStanding.mutateAsync({ classId: cls.id, studentId: student.id, ...standing });
        extended = result.openAttemptsExtended;
      }
      setSaved(
        extended > 0
          ? t("savedExtended", { name: student.name, count: extended })
          : t("saved", { name: student.name }),
      );
      cache.refresh();
    } catch (e) {
      const { code } = errorCode(e);
      const holder = cls.students.find((m) => m.classNumber === classNumber && m.id !== student.id);
      setError(
        code === "CLASS_NUMBER_TAKEN" && holder
          ? t("numberTaken", { n: classNumber ?? 0, name: holder.name })
          : cache.message(e),
      );
      cache.refresh();
    }
  }

  return (
    <form
      id={id}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={t("formLabel", { name: student.name })}
      className="border-line mt-3 w-full rounded-xl border bg-stone-50 p-4"
    >
      <NumberField
        id={`${id}-number`}
        label={t("classNumber")}
        hint={t("classNumberHint")}
        name="classNumber"
        min={1}
        max={999}
        step={1}
        defaultValue={student.classNumber ?? ""}
        className="max-w-32"
      />
      <fieldset className="mt-4">
        <legend className="font-medium">{t("standingHeading")}</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          <NumberField
            id={`${id}-percent`}
            label={t("extraTimePercent")}
            hint={t("extraTimePercentHint")}
            name="extraTimePercent"
            min={L.extraTimePercent[0]}
            max={L.extraTimePercent[1]}
            step={1}
            required
            defaultValue={student.standing.extraTimePercent}
            className="max-w-32"
          />
          <NumberField
            id={`${id}-minutes`}
            label={t("extraTimeMinutes")}
            hint={t("extraTimeMinutesHint")}
            name="extraTimeMinutes"
            min={L.extraTime[0]}
            max={L.extraTime[1]}
            step={1}
            required
            defaultValue={student.standing.extraTimeMinutes}
            className="max-w-32"
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
            defaultValue={student.standing.extraAttempts}
            className="max-w-32"
          />
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t("saving") : t("save")}
        </button>
        <p role="status" className="text-ok text-sm font-medium">
          {saved}
        </p>
      </div>
      <p role="alert" className={error ? "text-accent-dark mt-2 text-sm font-medium" : ""}>
        {error ?? ""}
      </p>
    </form>
  );
}
