"use client";

import { useTranslations } from "next-intl";
import type { TAssignmentForm, TFeedback } from "./assignment-input";
import { Choice } from "./form-parts";

const POLICIES: TFeedback[] = ["IMMEDIATE", "AFTER_DUE", "NEVER"];

/**
 * When students see their scores, and each item's right or wrong: set apart from the keys, since a
 * score shown on every attempt tells a student, attempt by attempt, which answers were right.
 */
export function ScoreReleaseFields({
  form,
  update,
}: {
  form: TAssignmentForm;
  update: (patch: Partial<TAssignmentForm>) => void;
}) {
  const t = useTranslations("integrity.scores");
  return (
    <div className="space-y-2">
      {POLICIES.map((policy) => (
        <Choice
          key={policy}
          type="radio"
          name="scoreRelease"
          value={policy}
          checked={form.scoreRelease === policy}
          onChange={() => update({ scoreRelease: policy })}
          label={t(policy)}
          hint={t(`${policy}Hint`)}
        />
      ))}
      <p className="text-muted pt-1 text-sm">{t("note")}</p>
    </div>
  );
}
