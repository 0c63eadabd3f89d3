"use client";

import { useTranslations } from "next-intl";
import { NumberField } from "~/components/form-field";
import type { TAssignmentForm, TField } from "./assignment-input";
import { Choice, fieldId } from "./form-parts";

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
          <div className="pl-8">
            <NumberField
              id={fieldId("timeLimit")}
              label={t("timeLimitLabel")}
              hint={t("timeLimitHint")}
              error={errors.timeLimit}
              min={1}
              max={180}
              className="max-w-32"
              value={form.timeLimit}
              onChange={(e) => update({ timeLimit: e.target.value })}
            />
          </div>
        )}
      </div>
      <NumberField
        id={fieldId("maxAttempts")}
        label={t("attemptsLabel")}
        hint={t("attemptsHint")}
        error={errors.maxAttempts}
        min={1}
        max={10}
        className="max-w-32"
        value={form.maxAttempts}
        onChange={(e) => update({ maxAttempts: e.target.value })}
      />
    </div>
  );
}
