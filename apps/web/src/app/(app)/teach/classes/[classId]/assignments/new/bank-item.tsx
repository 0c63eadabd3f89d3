"use client";

import type { RouterOutputs } from "@dc/api";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { BilingualText } from "~/components/items/bilingual-text";
import { ItemPreview } from "./item-preview";
import { PoolBadge } from "~/components/pool-badge";

export type TBankItem = RouterOutputs["bank"]["list"][number];

/** One bank item to pick: a checkbox named by its prompt, its badges, and a preview to open. */
export function BankItem({
  item,
  locale,
  checked,
  disabled,
  onChange,
}: {
  item: TBankItem;
  locale: string;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  const t = useTranslations("assignments.new.pick");
  const tr = useTranslations();
  const id = useId();
  return (
    <li
      className={`rounded-xl border p-4 ${checked ? "border-accent bg-accent-soft/40" : "border-line bg-white"}`}
    >
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="accent-accent mt-1 size-5 shrink-0 cursor-pointer disabled:cursor-not-allowed"
          checked={checked}
          disabled={disabled}
          aria-describedby={`${id}-meta`}
          onChange={(e) => onChange(e.target.checked)}
        />
        <div className="min-w-0 flex-1">
          <label htmlFor={id} className="block cursor-pointer font-medium">
            <BilingualText text={item.prompt} locale={locale} />
          </label>
          <p id={`${id}-meta`} className="text-muted mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
            <span>{tr("learn.lesson", { n: item.lessonId })}</span>
            <span>
              {tr("items.skillBadge")}
              {tr(`skills.${item.skill}`)}
            </span>
            <span>
              {tr("items.typeBadge")}
              {tr(`types.${item.type}`)}
            </span>
            <PoolBadge pool={item.pool} exposedTo={item.exposedTo} />
            <code>{item.id}</code>
          </p>
          <details className="mt-2">
            <summary className="text-accent-dark w-fit cursor-pointer text-[15px] font-medium">
              {t("preview")}
            </summary>
            <ItemPreview
              view={item.view}
              answer={item.answer}
              rubric={item.rubric}
              explanation={item.explanation}
              source={item.source}
              locale={locale}
            />
          </details>
        </div>
      </div>
    </li>
  );
}
