"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { localized } from "~/lib/localized";
import { LIMITS } from "./assignment-input";
import { fieldId } from "./form-parts";
import { movePicked, togglePicked } from "./bank-filter";
import type { TBankItem } from "./bank-item";

const small = "btn-secondary min-h-9 px-2.5 py-1 text-sm";

/** The picked items in the order students will get them (unless shuffled): reorder or remove. */
export function PickedList({
  ids,
  items,
  locale,
  error,
  onChange,
}: {
  ids: string[];
  items: TBankItem[];
  locale: string;
  error: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("assignments.new.pick");
  const id = useId();
  const byId = new Map(items.map((item) => [item.id, item]));
  return (
    <section
      id={fieldId("pickedIds")}
      tabIndex={-1}
      aria-labelledby={`${id}-heading`}
      className={`rounded-xl border p-4 ${error ? "border-accent" : "border-line"} bg-stone-50`}
    >
      <h3 id={`${id}-heading`} className="font-semibold" aria-live="polite">
        {t("pickedHeading", { count: ids.length, max: LIMITS.items })}
      </h3>
      {ids.length === 0 ? (
        <p className="text-muted mt-1 text-[15px]">{t("pickedEmpty")}</p>
      ) : (
        <ol className="mt-2 space-y-2" data-testid="picked-items">
          {ids.map((itemId, index) => {
            const item = byId.get(itemId);
            const prompt = item ? localized(item.prompt, locale) : itemId;
            return (
              <li key={itemId} className="flex flex-wrap items-center gap-2 text-[15px]">
                <span className="text-muted w-6 text-right tabular-nums">{index + 1}.</span>
                <span className="min-w-0 flex-1 basis-48 truncate" title={prompt}>
                  {prompt}
                </span>
                <span className="flex gap-1">
                  <button
                    type="button"
                    className={small}
                    disabled={index === 0}
                    aria-label={t("moveUp", { n: index + 1 })}
                    onClick={() => onChange(movePicked(ids, itemId, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={small}
                    disabled={index === ids.length - 1}
                    aria-label={t("moveDown", { n: index + 1 })}
                    onClick={() => onChange(movePicked(ids, itemId, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={small}
                    aria-label={t("removeLabel", { n: index + 1 })}
                    onClick={() => onChange(togglePicked(ids, itemId, false))}
                  >
                    {t("remove")}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
