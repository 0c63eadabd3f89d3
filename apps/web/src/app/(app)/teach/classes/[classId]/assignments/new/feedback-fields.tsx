"use client";

import { useTranslations } from "next-intl";
import type { TAssignmentForm, TFeedback } from "./assignment-input";
import { Choice } from "./form-parts";

const POLICIES: TFeedback[] = ["IMMEDIATE", "AFTER_DUE", "NEVER"];

/**
 * When students see the keys and explanations and, separately, when they see their scores (and each
 * item's right or wrong); each choice says what it means for them.
 */
export function FeedbackFields({
  form,
  update,
}: {
  form: TAssignmentForm;
  update: (patch: Partial<TAssignmentForm>) => void;
}) {
  const t = useTranslations("assignments");
  const ts = useTranslations("integrity.scores");
  return (
    <div className="space-y-2">
      {POLICIES.map((policy) => (
        <Choice
          key={policy}
          type="radio"
          name="feedback"
          value={policy}
          checked={form.feedback === policy}
          onChange={() => update({ feedback: policy })}
          label={t(`new.feedback.${policy}`)}
          hint={t(`new.feedback.${policy}Hint`)}
        />
      ))}
      <fieldset className="space-y-2 pt-3">
        <legend className="mb-1 font-medium">{ts("legend")}</legend>
        {POLICIES.map((policy) => (
          <Choice
            key={policy}
            type="radio"
            name="scoreRelease"
            value={policy}
            checked={form.scoreRelease === policy}
            onChange={() => update({ scoreRelease: policy })}
            label={ts(policy)}
            hint={ts(`${policy}Hint`)}
          />
        ))}
      </fieldset>
      <p className="text-muted pt-1 text-sm">{ts("note")}</p>
    </div>
  );
}
