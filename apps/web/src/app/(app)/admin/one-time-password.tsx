"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/** A freshly reset password, shown this once: the server keeps only its hash. */
export function OneTimePassword({
  name,
  login,
  password,
  onDone,
}: {
  name: string;
  login: string;
  password: string;
  onDone: () => void;
}) {
  const t = useTranslations("admin.oneTime");
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      tabIndex={-1}
      className="border-accent bg-accent-soft space-y-2 rounded-xl border p-4"
      data-testid="one-time-password"
      aria-labelledby="one-time-heading"
      role="group"
    >
      <p id="one-time-heading" className="font-medium">
        {t("heading", { name })}
      </p>
      <p>
        {t("login")} <span className="font-mono">{login}</span>
      </p>
      <p>
        {t("password")} <span className="font-mono text-lg font-bold">{password}</span>
      </p>
      <p className="text-muted text-sm">{t("hint")}</p>
      <button type="button" className="btn-secondary" onClick={onDone}>
        {t("done")}
      </button>
    </div>
  );
}
