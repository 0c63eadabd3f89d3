"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "~/i18n/set-locale";

const LABELS = { "zh-Hant": "繁體中文", en: "English" } as const;

/** A visible switch between the two interface languages; the choice is kept in a cookie. */
export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div
      role="group"
      aria-label={t("language")}
      className="border-line flex rounded-lg border bg-white p-0.5 text-sm"
    >
      {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={locale === l}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await setLocale(l);
              router.refresh();
            })
          }
          className={`min-h-9 rounded-md px-2.5 ${locale === l ? "bg-ink text-white" : "text-muted hover:bg-stone-100"}`}
        >
          {LABELS[l]}
        </button>
      ))}
    </div>
  );
}
