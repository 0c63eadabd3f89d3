"use client";

import { useTranslations } from "next-intl";
import { Link } from "~/components/link";
import styles from "./print.module.css";

/** On screen only: back to the assignment, the other sheets, and the print button. */
export function PrintToolbar({ assignmentId, hint }: { assignmentId: string; hint: string }) {
  const t = useTranslations("manage.print");
  const base = `/teach/assignments/${assignmentId}`;
  return (
    <div className={`${styles.screenOnly} mb-6 space-y-3`}>
      <Link
        href={base}
        className="text-muted hover:text-ink inline-block text-[15px] underline-offset-4 hover:underline"
      >
        ← {t("back")}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn-primary" onClick={() => window.print()}>
          {t("print")}
        </button>
        <Link href={`${base}/print/paper`} className="btn-secondary">
          {t("paperTitle")}
        </Link>
        <Link href={`${base}/print/key`} className="btn-secondary">
          {t("keyTitle")}
        </Link>
        <Link href={`${base}/print/results`} className="btn-secondary">
          {t("resultsTitle")}
        </Link>
      </div>
      <p className="text-muted text-sm">{hint}</p>
    </div>
  );
}
