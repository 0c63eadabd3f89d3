"use client";

import { useTranslations } from "next-intl";
import type { TAssignmentForm, TFeedback } from "./assignment-input";
import { Choice } from "./form-parts";

const POLICIES: TFeedback[] = ["IMMEDIATE", "AFTER_DUE", "NEVER"];

/** When students see the keys and explanations; each choice says what it means for them. */
export function FeedbackFields({
  form,
  update,
}: {
  form: TAssignmentForm;
  update: (patch: Partial<TAssignmentForm>) => void;
}) {
  const t = useTranslations("assignments");
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
    </div>
  );
}
