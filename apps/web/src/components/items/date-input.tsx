"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { KeyNote } from "./choice-mark";
import { dateResponse, responseOf, type TDatePart, type TInputProps } from "./logic";

const ORDER: TDatePart[] = ["year", "month", "day"];
const WIDTH: Record<TDatePart, string> = { year: "w-28", month: "w-20", day: "w-20" };

/** Date: one labelled numeric field per asked part (年/月/日), in that order; the key beside each once revealed. */
export function DateInput({ item, value, onChange, disabled, reveal, promptId }: TInputProps<"date">) {
  const t = useTranslations("items");
  const id = useId();
  const current: Partial<Record<TDatePart, string>> = responseOf("date", value) ?? {};
  const key = reveal?.key ?? null;
  const parts = ORDER.filter((part) => item.parts.includes(part));
  return (
    <fieldset aria-labelledby={promptId} aria-describedby={`${id}-hint`} className="space-y-2">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-3">
        {parts.map((part) => {
          const inputId = `${id}-${part}`;
          const keyValue = key?.[part];
          return (
            <div key={part} className="space-y-1">
              <label htmlFor={inputId} className="block font-medium">
                {t(part)}
              </label>
              <input
                id={inputId}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                maxLength={20}
                value={current[part] ?? ""}
                readOnly={disabled}
                onChange={(event) => onChange(dateResponse(parts, current, part, event.target.value))}
                aria-describedby={keyValue === undefined ? undefined : `${inputId}-key`}
                className={`field text-lg read-only:bg-stone-50 ${WIDTH[part]}`}
              />
              {keyValue !== undefined && <KeyNote id={`${inputId}-key`} answer={String(keyValue)} />}
            </div>
          );
        })}
      </div>
      <p id={`${id}-hint`} className="text-muted text-sm">
        {t("dateHint")}
      </p>
    </fieldset>
  );
}
