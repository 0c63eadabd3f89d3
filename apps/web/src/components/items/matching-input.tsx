"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { localized } from "~/lib/localized";
import { BilingualText } from "./bilingual-text";
import { matchingResponse, responseOf, type TInputProps } from "./logic";

/** Matching: for each left item a labelled native select of the right options (works with any phone picker). */
export function MatchingInput({
  item,
  value,
  onChange,
  disabled,
  reveal,
  locale,
  promptId,
}: TInputProps<"matching">) {
  const t = useTranslations("items");
  const id = useId();
  const pairs = responseOf("matching", value)?.pairs ?? {};
  const key = reveal?.key ?? null;
  const rights = new Map(item.right.map((option) => [option.id, option]));
  const rightText = (rightId: string | undefined) => {
    const option = rightId === undefined ? undefined : rights.get(rightId);
    return option ? localized(option.text, locale) : null;
  };
  const done = item.left.filter((left) => rightText(pairs[left.id]) !== null).length;

  return (
    <fieldset aria-labelledby={promptId} aria-describedby={`${id}-hint`} className="space-y-3">
      <p id={`${id}-hint`} className="text-muted text-sm">
        {t("matchingHint")}
      </p>
      <ul className="space-y-2">
        {item.left.map((left) => {
          const fieldId = `${id}-${left.id}`;
          const chosen = pairs[left.id] ?? "";
          const chosenText = rightText(chosen);
          const keyId = key?.[left.id];
          const right = key !== null && keyId !== undefined ? chosen === keyId : null;
          const tone =
            right === true
              ? "border-ok bg-green-50"
              : right === false
                ? "border-accent bg-accent-soft"
                : chosenText !== null
                  ? "border-accent"
                  : "border-line";
          return (
            <li
              key={left.id}
              className={`grid gap-2 rounded-xl border bg-white p-3 sm:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] sm:items-center ${tone}`}
            >
              {disabled ? (
                <span className="font-medium">
                  <BilingualText text={left.text} locale={locale} />
                </span>
              ) : (
                <label htmlFor={fieldId} className="font-medium">
                  <BilingualText text={left.text} locale={locale} />
                </label>
              )}
              <span aria-hidden className="text-muted hidden text-lg sm:block">
                →
              </span>
              {disabled ? (
                <span className="rounded-lg border border-stone-300 bg-stone-50 px-3 py-2">
                  {chosenText ?? <span className="text-muted">{t("notAnswered")}</span>}
                </span>
              ) : (
                <select
                  id={fieldId}
                  value={chosenText === null ? "" : chosen}
                  onChange={(event) => onChange(matchingResponse(pairs, left.id, event.target.value))}
                  aria-describedby={right === null ? undefined : `${fieldId}-mark`}
                  className="field min-h-11"
                >
                  <option value="">{t("choose")}</option>
                  {item.right.map((option) => (
                    <option key={option.id} value={option.id}>
                      {localized(option.text, locale)}
                    </option>
                  ))}
                </select>
              )}
              {right !== null && (
                <p
                  id={`${fieldId}-mark`}
                  className={`flex items-center gap-1 text-sm font-semibold sm:col-span-3 ${right ? "text-ok" : "text-accent-dark"}`}
                >
                  <span aria-hidden>{right ? "✓" : "✗"}</span>
                  {right ? t("matchRight") : t("matchWrong", { text: rightText(keyId) ?? "" })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {!disabled && (
        <p className="text-muted text-sm" aria-live="polite">
          {t("matchedCount", { done, total: item.left.length })}
        </p>
      )}
    </fieldset>
  );
}
