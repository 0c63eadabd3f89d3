"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { BilingualText } from "./bilingual-text";
import { ChoiceRow } from "./choice-row";
import { choiceMark, responseOf, toggleChoice, type TInputProps } from "./logic";

/** Multiple select: checkboxes named by the prompt, with a "select all that apply" hint. */
export function MultiInput({
  item,
  value,
  onChange,
  disabled,
  reveal,
  locale,
  promptId,
}: TInputProps<"multi">) {
  const t = useTranslations("items");
  const id = useId();
  const picked = responseOf("multi", value)?.choices ?? [];
  const key = reveal?.key ?? null;
  const allIds = item.choices.map((choice) => choice.id);
  return (
    <fieldset aria-labelledby={promptId} aria-describedby={`${id}-hint`} className="space-y-2">
      <p id={`${id}-hint`} className="text-muted text-sm">
        {t("multiHint")}
      </p>
      {item.choices.map((choice) => {
        const isPicked = picked.includes(choice.id);
        return (
          <ChoiceRow
            key={choice.id}
            kind="checkbox"
            name={id}
            checked={isPicked}
            disabled={disabled}
            onChange={(checked) => onChange(toggleChoice(picked, choice.id, checked, allIds))}
            mark={key === null ? null : choiceMark(key.includes(choice.id), isPicked)}
            revealed={key !== null}
            multi
          >
            <BilingualText text={choice.text} locale={locale} />
          </ChoiceRow>
        );
      })}
    </fieldset>
  );
}
