"use client";

import { useTranslations } from "next-intl";
import { NumberField } from "~/components/form-field";
import { fieldId } from "./form-parts";

/** The optional pass mark, in per cent; empty means none (the gradebook then shows no pass or fail). */
export function PassMarkField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const t = useTranslations("assignments.new");
  return (
    <NumberField
      id={fieldId("passPercent")}
      label={t("passMarkLabel")}
      hint={t("passMarkHint")}
      error={error}
      min={1}
      max={100}
      className="max-w-32"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
