"use client";

import { useId } from "react";
import { BilingualText } from "./bilingual-text";
import { ChoiceRow } from "./choice-row";
import { choiceMark, responseOf, type TInputProps } from "./logic";

/** Single choice: a radio group named by the prompt; arrow keys move between choices natively. */
export function SingleInput({
  item,
  value,
  onChange,
  disabled,
  reveal,
  locale,
  promptId,
}: TInputProps<"single">) {
  const name = useId();
  const chosen = responseOf("single", value)?.choice ?? null;
  const key = reveal?.key ?? null;
  return (
    <fieldset aria-labelledby={promptId} className="space-y-2">
      {item.choices.map((choice) => (
        <ChoiceRow
          key={choice.id}
          kind="radio"
          name={name}
          checked={chosen === choice.id}
          disabled={disabled}
          onChange={(checked) => checked && onChange({ type: "single", choice: choice.id })}
          mark={key === null ? null : choiceMark(key === choice.id, chosen === choice.id)}
          revealed={key !== null}
        >
          <BilingualText text={choice.text} locale={locale} />
        </ChoiceRow>
      ))}
    </fieldset>
  );
}
