"use client";

import { useTranslations } from "next-intl";
import { Fragment, useId } from "react";
import { splitCloze } from "@dc/content/cloze";
import { KeyNote } from "./choice-mark";
import { clozeResponse, MAX_TEXT, responseOf, type TInputProps } from "./logic";

const BLANK_FIELD =
  "mx-1 inline-block min-h-10 rounded-md border bg-white px-2 py-1 align-middle text-base leading-normal text-ink focus:border-accent read-only:bg-stone-50";

/**
 * Cloze: the sentence with an inline field per blank, each labelled "第 1 空"; with a word bank the fields
 * are native selects of the bank's words. Once revealed, the key stands beside each blank.
 */
export function ClozeInput({ item, value, onChange, disabled, reveal, promptId }: TInputProps<"cloze">) {
  const t = useTranslations("items");
  const id = useId();
  const blanks = responseOf("cloze", value)?.blanks ?? {};
  const key = reveal?.key ?? null;
  const bank = item.options;
  const numbered = item.blanks.length > 1;
  const set = (blankId: string, text: string) => onChange(clozeResponse(item.blanks, blanks, blankId, text));

  return (
    <fieldset aria-labelledby={promptId} aria-describedby={`${id}-hint`} className="space-y-3">
      <p id={`${id}-hint`} className="text-muted text-sm">
        {t(bank ? "clozeBankHint" : "clozeHint")}
      </p>
      <p lang="zh-Hant" className="border-line rounded-xl border bg-white p-4 text-lg leading-[2.6]">
        {splitCloze(item.text).map((part, index) => {
          if (part.kind === "text") return <Fragment key={index}>{part.text}</Fragment>;
          const fieldId = `${id}-blank-${part.id}`;
          const typed = blanks[part.id] ?? "";
          const accepted = key?.[part.id];
          const label = t("blank", { n: part.id });
          const described = accepted ? `${fieldId}-key` : undefined;
          // Word-bank words compare exactly; typed text is judged on the server only (variants, width, 簡/繁).
          const chosenRight = bank && accepted ? typed !== "" && accepted.includes(typed) : null;
          return (
            <span key={index} className="inline-flex flex-wrap items-center gap-x-1 align-middle">
              {numbered && (
                <span aria-hidden className="text-muted text-xs font-semibold">
                  {part.id}
                </span>
              )}
              {bank && !disabled ? (
                <select
                  id={fieldId}
                  aria-label={label}
                  aria-describedby={described}
                  value={bank.includes(typed) ? typed : ""}
                  onChange={(event) => set(part.id, event.target.value)}
                  className={`${BLANK_FIELD} border-stone-400`}
                >
                  <option value="">{t("choose")}</option>
                  {bank.map((word) => (
                    <option key={word} value={word}>
                      {word}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={fieldId}
                  type="text"
                  aria-label={label}
                  aria-describedby={described}
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={MAX_TEXT}
                  value={typed}
                  placeholder={disabled && typed === "" ? t("notAnswered") : undefined}
                  readOnly={disabled}
                  onChange={(event) => set(part.id, event.target.value)}
                  className={`${BLANK_FIELD} w-32 ${chosenRight === null ? "border-stone-400" : chosenRight ? "border-ok" : "border-accent"}`}
                />
              )}
              {chosenRight === false && typed !== "" && (
                <span className="text-accent-dark inline-flex items-center gap-1 text-sm font-semibold">
                  <span aria-hidden>✗</span>
                  {t("markWrongChosen")}
                </span>
              )}
              {accepted?.[0] !== undefined && <KeyNote id={`${fieldId}-key`} answer={accepted[0]} />}
            </span>
          );
        })}
      </p>
    </fieldset>
  );
}
