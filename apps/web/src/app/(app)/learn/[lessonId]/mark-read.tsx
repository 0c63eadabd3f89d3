"use client";

import { useTranslations } from "next-intl";
import { useReading } from "./reading-progress";
import { useHydrated } from "~/lib/use-hydrated";

/** The end of the lesson: mark it as read (kept on the server), or see that it is. */
export function MarkRead() {
  const t = useTranslations("reader");
  const { completedAt, markCompleted, completing, completeFailed } = useReading();
  const hydrated = useHydrated();
  return (
    <div className="border-line mt-10 flex flex-col items-start gap-3 border-t pt-6 sm:flex-row sm:items-center">
      {!completedAt && (
        <button
          type="button"
          className="btn-primary"
          onClick={markCompleted}
          disabled={completing || !hydrated}
        >
          {completing ? t("saving") : t("markRead")}
        </button>
      )}
      <p role="status" className={completedAt ? "text-ok font-semibold" : "text-muted text-sm"}>
        {completedAt ? (
          <>
            <span aria-hidden>✓ </span>
            {t("markedRead")}
          </>
        ) : (
          t("markReadHint")
        )}
      </p>
      {completeFailed && !completing && (
        <p role="alert" className="text-accent-dark text-sm">
          {t("saveError")}
        </p>
      )}
    </div>
  );
}
