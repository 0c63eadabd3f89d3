"use client";

import { blankIds, fillBlanks } from "@dc/content/cloze";
import { useLocale, useTranslations } from "next-intl";
import { BilingualText } from "~/components/items/bilingual-text";
import { type TKeyDraft } from "./accepted-keys";
import { type TDetailItem } from "./types";

/** The extra answer(s) to accept, in the form the item's type needs. */
export function AcceptedKeyInput({
  item,
  draft,
  onChange,
  describedBy,
}: {
  item: TDetailItem;
  draft: TKeyDraft;
  onChange: (draft: TKeyDraft) => void;
  describedBy?: string;
}) {
  const t = useTranslations("results.correction");
  const locale = useLocale();
  const toggle = (id: string, on: boolean) =>
    onChange({ ...draft, choices: on ? [...draft.choices, id] : draft.choices.filter((c) => c !== id) });

  switch (item.type) {
    case "single":
    case "multi": {
      const key = new Set(item.type === "single" ? [item.answer] : item.answer);
      return (
        <fieldset aria-describedby={describedBy}>
          <legend className="font-medium">
            {item.type === "single" ? t("acceptChoices") : t("acceptSet")}
          </legend>
          <ul className="mt-2 space-y-2">
            {item.choices.map((c) => {
              const isKey = item.type === "single" && key.has(c.id);
              return (
                <li key={c.id}>
                  <label className="flex min-h-10 items-start gap-3">
                    <input
                      type="checkbox"
                      className="mt-1.5 size-4 shrink-0"
                      checked={draft.choices.includes(c.id)}
                      disabled={isKey}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                    <span>
                      <BilingualText text={c.text} locale={locale} />
                      {key.has(c.id) && (
                        <span className="text-ok ml-2 text-sm font-semibold">{t("currentKey")}</span>
                      )}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      );
    }
    case "truefalse":
      return (
        <p className="rounded-lg bg-white px-3 py-2">
          {t("acceptTrueFalse", { value: item.answer ? t("false") : t("true") })}
        </p>
      );
    case "numeric":
      return (
        <div>
          <label htmlFor="accept-number" className="font-medium">
            {t("acceptNumber", { unit: item.unit })}
          </label>
          <input
            id="accept-number"
            type="text"
            inputMode="decimal"
            className="field mt-1 max-w-48"
            value={draft.number}
            onChange={(e) => onChange({ ...draft, number: e.target.value })}
            aria-describedby={`accept-number-hint${describedBy ? ` ${describedBy}` : ""}`}
          />
          <p id="accept-number-hint" className="text-muted mt-1 text-sm">
            {t("acceptNumberHint", { tolerance: item.tolerance, unit: item.unit })}
          </p>
        </div>
      );
    case "cloze":
      return (
        <fieldset aria-describedby={describedBy}>
          <legend className="font-medium">{t("acceptBlanks")}</legend>
          <p lang="zh-Hant" className="text-muted mt-1 text-sm leading-[1.9]">
            {fillBlanks(item.text, (n) => `（${n}）`)}
          </p>
          <div className="mt-2 space-y-3">
            {blankIds(item.text).map((blank) => (
              <div key={blank}>
                <label htmlFor={`accept-blank-${blank}`} className="text-sm font-medium">
                  {t("blankLabel", { n: blank, key: (item.answer[blank] ?? []).join("、") })}
                </label>
                {item.options ? (
                  <select
                    id={`accept-blank-${blank}`}
                    className="field mt-1 max-w-64"
                    value={draft.blanks[blank] ?? ""}
                    onChange={(e) =>
                      onChange({ ...draft, blanks: { ...draft.blanks, [blank]: e.target.value } })
                    }
                  >
                    <option value="">{t("noExtraWord")}</option>
                    {item.options
                      .filter((o) => !(item.answer[blank] ?? []).includes(o))
                      .map((o) => (
                        <option key={o} value={o}>
                          {o}
                        </option>
                      ))}
                  </select>
                ) : (
                  <input
                    id={`accept-blank-${blank}`}
                    type="text"
                    lang="zh-Hant"
                    className="field mt-1"
                    value={draft.blanks[blank] ?? ""}
                    onChange={(e) =>
                      onChange({ ...draft, blanks: { ...draft.blanks, [blank]: e.target.value } })
                    }
                    aria-describedby="accept-blank-hint"
                  />
                )}
              </div>
            ))}
            {!item.options && (
              <p id="accept-blank-hint" className="text-muted text-sm">
                {t("blankHint")}
              </p>
            )}
          </div>
        </fieldset>
      );
    default:
      return <p className="text-muted">{t("notAcceptable")}</p>;
  }
}
