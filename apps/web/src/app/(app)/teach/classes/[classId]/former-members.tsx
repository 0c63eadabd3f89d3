"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { LocalTime } from "~/components/local-time";
import type { TClassDetail } from "./types";

/** Students no longer in the class: who left by themselves, who was removed, and when. */
export function FormerMembers({ former }: { former: TClassDetail["former"] }) {
  const t = useTranslations("classes.former");
  const locale = useLocale();
  const id = useId();
  if (former.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        {t("heading")} <span className="text-muted font-normal tabular-nums">({former.length})</span>
      </h3>
      <p className="text-muted mt-1 text-[15px]">{t("hint")}</p>
      <ul className="card divide-line mt-3 divide-y p-0" data-testid="former-members">
        {former.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-5 py-3">
            <span className="font-medium break-words">{m.name}</span>
            <span
              className={
                m.how === "LEFT"
                  ? "rounded-full border border-amber-300 bg-amber-50 px-2.5 py-0.5 text-sm text-amber-900"
                  : "rounded-full border border-stone-300 bg-stone-100 px-2.5 py-0.5 text-sm text-stone-800"
              }
            >
              {t(m.how)}
            </span>
            <span className="text-muted text-sm whitespace-nowrap">
              {t("on")} <LocalTime date={m.removedAt} locale={locale} dateOnly />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
