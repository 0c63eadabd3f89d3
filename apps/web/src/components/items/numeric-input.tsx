"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { KeyNote } from "./choice-mark";
import { MAX_TEXT, numericResponse, responseOf, type TInputProps } from "./logic";

/** Numeric: a text field (decimal keypad on phones) with the unit in its label and as a visible suffix. */
export function NumericInput({
  item,
  value,
  onChange,
  disabled,
  reveal,
  locale,
  promptId,
}: TInputProps<"numeric">) {
  const t = useTranslations("items");
  const id = useId();
  const text = responseOf("numeric", value)?.value ?? "";
  const answer = reveal ? (locale === "en" ? reveal.answerText.en : reveal.answerText.zh) : null;
  const describedBy = [`${id}-hint`, answer !== null && `${id}-key`].filter(Boolean).join(" ");
  return (
    <fieldset aria-labelledby={promptId} className="space-y-1.5">
      <label htmlFor={id} className="block font-medium">
        {item.unit === "" ? t("answerLabel") : t("answerLabelUnit", { unit: item.unit })}
      </label>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex w-full max-w-xs items-center gap-2">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_TEXT}
            value={text}
            readOnly={disabled}
            onChange={(event) => onChange(numericResponse(event.target.value))}
            aria-describedby={describedBy}
            className="field text-lg read-only:bg-stone-50"
          />
          {item.unit !== "" && (
            <span aria-hidden lang="zh-Hant" className="shrink-0 text-lg font-medium">
              {item.unit}
            </span>
          )}
        </div>
        {answer !== null && <KeyNote id={`${id}-key`} answer={answer} />}
      </div>
      <p id={`${id}-hint`} className="text-muted text-sm">
        {t("numericHint")}
      </p>
    </fieldset>
  );
}
