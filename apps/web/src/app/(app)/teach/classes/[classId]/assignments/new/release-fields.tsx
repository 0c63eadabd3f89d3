"use client";

import { useTranslations } from "next-intl";
import type { TAssignmentForm, TFeedback } from "./assignment-input";
import { Choice } from "./form-parts";

const POLICIES: TFeedback[] = ["IMMEDIATE", "AFTER_DUE", "NEVER"];

/**
 * When students see something: the keys and explanations (`feedback`), or, set apart from them,
 * their scores and each item's right or wrong (`scoreRelease`: a score shown on every attempt would
 * tell a student, attempt by attempt, which answers were right). Each choice says what it means.
 */
export function ReleaseFields({
  field,
  form,
  update,
}: {
  field: "feedback" | "scoreRelease";
  form: TAssignmentForm;
  update: (patch: Partial<TAssignmentForm>) => void;
}) {
  const tf = useTranslations("assignments.new.feedback");
  const ts = useTranslations("integrity.scores");
  const label = (key: string) => (field === "feedback" ? tf(key) : ts(key));
  return (
    <div className="space-y-2">
      {POLICIES.map((policy) => (
        <Choice
          key={policy}
          type="radio"
          name={field}
          value={policy}
          checked={form[field] === policy}
          onChange={() => update({ [field]: policy })}
          label={label(policy)}
          hint={label(`${policy}Hint`)}
        />
      ))}
      {field === "scoreRelease" && <p className="text-muted pt-1 text-sm">{ts("note")}</p>}
    </div>
  );
}
