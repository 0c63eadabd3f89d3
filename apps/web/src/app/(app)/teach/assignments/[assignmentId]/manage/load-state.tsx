"use client";

import { useTranslations } from "next-intl";
import { errorCode } from "~/lib/error-code";

/** Loading, not found or failed: what an assignment's edit, duplicate, preview or print page shows before its data. */
export function LoadState({
  query,
}: {
  query: { error: unknown; refetch: () => unknown; isFetching?: boolean };
}) {
  const t = useTranslations("manage");
  if (!query.error)
    return (
      <p role="status" className="text-muted">
        {t("loading")}
      </p>
    );
  const missing = errorCode(query.error).code === "ASSIGNMENT_NOT_FOUND";
  return (
    <div role="alert" className="card space-y-3">
      <p className="text-accent-dark">{missing ? t("notFound") : t("loadError")}</p>
      {!missing && (
        <button type="button" className="btn-secondary" onClick={() => void query.refetch()}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}
