"use client";

import { useTranslations } from "next-intl";
import type { TAssignmentForm, TField } from "./assignment-input";
import { Choice, describedBy, FieldError, fieldId, hintId } from "./form-parts";

type Props = {
  form: TAssignmentForm;
  update: (patch: Partial<TAssignmentForm>) => void;
  errors: Partial<Record<TField, string>>;
};

/** Shuffling, the time limit and the number of attempts. */
export function SettingsFields({ form, update, errors }: Props) {
  const t = useTranslations("assignments.new");
  return (
    <div className="space-y-5">
      <Choice
        type="checkbox"
        name="shuffle"
        checked={form.shuffle}
        onChange={(e) => update({ shuffle: e.target.checked })}
        label={t("shuffle")}
        hint={t("shuffleHint")}
      />
      <div className="space-y-2">
        <Choice
          type="checkbox"
          name="timed"
          checked={form.timed}
          onChange={(e) => update({ timed: e.target.checked })}
          label={t("timed")}
        />
        {form.timed && (
          <div className="space-y-1.5 pl-8">
            <label htmlFor={fieldId("timeLimit")} className="block font-medium">
              {t("timeLimitLabel")}
            </label>
            <input
              id={fieldId("timeLimit")}
              type="number"
              inputMode="numeric"
              min={1}
              max={180}
              className="field max-w-32"
              value={form.timeLimit}
              aria-invalid={errors.timeLimit ? true : undefined}
              aria-describedby={describedBy("timeLimit", true, errors.timeLimit)}
              onChange={(e) => update({ timeLimit: e.target.value })}
            />
            <p id={hintId("timeLimit")} className="text-muted text-sm">
              {t("timeLimitHint")}
            </p>
            <FieldError field="timeLimit" message={errors.timeLimit} />
          </div>
        )}
      </div>
      <div className="space-y-1.5">
        <label htmlFor={fieldId("maxAttempts")} className="block font-medium">
          {t("attemptsLabel")}
        </label>
        <input
          id={fieldId("maxAttempts")}
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          className="field max-w-32"
          value={form.maxAttempts}
          aria-invalid={errors.maxAttempts ? true : undefined}
          aria-describedby={describedBy("maxAttempts", true, errors.maxAttempts)}
          onChange={(e) => update({ maxAttempts: e.target.value })}
        />
        <p id={hintId("maxAttempts")} className="text-muted text-sm">
          {t("attemptsHint")}
        </p>
        <FieldError field="maxAttempts" message={errors.maxAttempts} />
      </div>
    </div>
  );
}
