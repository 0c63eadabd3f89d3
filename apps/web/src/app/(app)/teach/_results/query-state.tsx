"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "./error-text";

/** While a results query loads for the first time, or when it failed before any data arrived. */
export function QueryState({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const t = useTranslations("results.common");
  const errorText = useErrorText();
  if (!error) {
    return (
      <p role="status" className="text-muted">
        {t("loading")}
      </p>
    );
  }
  return (
    <div role="alert" className="card flex flex-wrap items-center gap-4">
      <p className="text-accent-dark">{errorText(error)}</p>
      <button type="button" className="btn-secondary" onClick={onRetry} disabled={retrying}>
        {t("retry")}
      </button>
    </div>
  );
}
