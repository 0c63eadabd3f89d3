"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { SCRIPT_COOKIE, scriptCookieValue } from "~/i18n/script-cookie";
import { type TScript, writeScript } from "./script-store";
import { useHydrated } from "./use-hydrated";
import { useScript } from "./use-script";

const OPTIONS: { script: TScript; label: string; lang: string }[] = [
  { script: "hant", label: "繁體", lang: "zh-Hant" },
  { script: "hans", label: "简体", lang: "zh-Hans" },
];

/** 繁體 / 简体 for the article text; the choice is kept in this browser. */
export function ScriptSwitch() {
  const t = useTranslations("reader");
  const current = useScript();
  const hydrated = useHydrated(); // a press before the page's scripts run would be lost
  const router = useRouter();
  const queryClient = useQueryClient();
  // A choice made before the server knew of it (localStorage only): tell the server once.
  useEffect(() => {
    if (current === "hans" && !document.cookie.split("; ").includes(`${SCRIPT_COOKIE}=hans`)) {
      document.cookie = scriptCookieValue("hans");
      router.refresh();
    }
  }, [current, router]);
  const choose = (script: TScript) => {
    writeScript(script);
    // What the server converts (the interface, quiz content) follows: re-render and re-fetch.
    router.refresh();
    void queryClient.invalidateQueries();
  };
  return (
    <div
      role="group"
      aria-label={t("script")}
      className="border-line flex shrink-0 rounded-lg border bg-white p-0.5 text-sm"
    >
      {OPTIONS.map(({ script, label, lang }) => (
        <button
          key={script}
          type="button"
          lang={lang}
          aria-pressed={current === script}
          disabled={!hydrated}
          onClick={() => choose(script)}
          className={`min-h-9 min-w-12 rounded-md px-3 ${current === script ? "bg-ink text-white" : "text-muted hover:bg-stone-100"}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
