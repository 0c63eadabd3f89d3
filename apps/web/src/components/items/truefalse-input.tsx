"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { ChoiceRow } from "./choice-row";
import { choiceMark, responseOf, type TInputProps } from "./logic";

/** True/false: two radio buttons, 是/否 (True/False), named by the prompt (the statement). */
export function TrueFalseInput({ value, onChange, disabled, reveal, promptId }: TInputProps<"truefalse">) {
  const t = useTranslations("items");
  const name = useId();
  const chosen = responseOf("truefalse", value)?.value ?? null;
  const key = reveal?.key ?? null;
  return (
    <fieldset aria-labelledby={promptId} className="grid gap-2 sm:grid-cols-2">
      {[true, false].map((option) => (
        <ChoiceRow
          key={String(option)}
          kind="radio"
          name={name}
          checked={chosen === option}
          disabled={disabled}
          onChange={(checked) => checked && onChange({ type: "truefalse", value: option })}
          mark={key === null ? null : choiceMark(key === option, chosen === option)}
          revealed={key !== null}
        >
          <span className="font-medium">{t(option ? "true" : "false")}</span>
        </ChoiceRow>
      ))}
    </fieldset>
  );
}
