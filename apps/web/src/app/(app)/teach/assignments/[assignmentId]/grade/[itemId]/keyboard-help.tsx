"use client";

import { useTranslations } from "next-intl";

const KEYS = [
  ["1 – 4", "toggle"],
  ["Enter", "save"],
  ["Ctrl/⌘ + Enter", "saveFromComment"],
  ["j  →", "next"],
  ["k  ←", "previous"],
  ["?", "help"],
] as const;

/** The keyboard shortcuts, always listed (a <details> the `?` key opens and closes). */
export function KeyboardHelp() {
  const t = useTranslations("results.grading.keys");
  return (
    <details id="grading-keys" className="card text-sm">
      <summary className="cursor-pointer font-semibold">{t("title")}</summary>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {KEYS.map(([keys, what]) => (
          <div key={what} className="contents">
            <dt>
              <kbd className="rounded border border-stone-400 bg-stone-50 px-1.5 py-0.5 font-mono">
                {keys}
              </kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
