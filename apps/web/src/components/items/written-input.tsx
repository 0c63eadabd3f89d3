"use client";

import { WRITTEN_MAX_CHARS } from "@dc/content/constants";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { responseOf, writtenResponse, type TInputProps } from "./logic";
import { WrittenKey } from "./written-rubric";

/**
 * Written answer: a Chinese textarea with a count against the limit; once the key is revealed, the
 * model answer and, folded, the rubric (the attempt pages list its criteria to tick, or marked).
 */
export function WrittenInput({
  item,
  value,
  onChange,
  disabled,
  reveal,
  locale,
  promptId,
}: TInputProps<"written">) {
  const t = useTranslations("items");
  const id = useId();
  const text = responseOf("written", value)?.text ?? "";
  const nearLimit = text.length >= WRITTEN_MAX_CHARS * 0.9;
  return (
    <fieldset aria-labelledby={promptId} className="space-y-2">
      <label htmlFor={id} className="block font-medium">
        {t("writtenLabel", { points: item.points })}
      </label>
      <textarea
        id={id}
        lang="zh-Hant"
        rows={6}
        maxLength={WRITTEN_MAX_CHARS}
        value={text}
        readOnly={disabled}
        onChange={(event) => onChange(writtenResponse(event.target.value))}
        aria-describedby={`${id}-hint ${id}-count`}
        className="field min-h-36 w-full text-lg leading-relaxed read-only:bg-stone-50"
      />
      <div className="flex flex-wrap justify-between gap-x-4 gap-y-1 text-sm">
        <p id={`${id}-hint`} className="text-muted">
          {t("writtenHint")}
        </p>
        <p id={`${id}-count`} className={nearLimit ? "text-warn font-semibold" : "text-muted"}>
          {t("writtenCount", { count: text.length, max: WRITTEN_MAX_CHARS })}
        </p>
      </div>
      {reveal && (
        <div className="border-line rounded-xl border bg-white p-4">
          {/* The attempt pages list the criteria again, to tick or marked: folded here. */}
          <WrittenKey
            modelAnswer={reveal.key.modelAnswer}
            rubric={reveal.key.rubric}
            locale={locale}
            rubricFolded
          />
        </div>
      )}
    </fieldset>
  );
}
