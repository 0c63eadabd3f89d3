"use client";

import { useTranslations } from "next-intl";
import { Link } from "~/components/link";
import { useSlips } from "../slip-store";
import styles from "./slips.module.css";

export function SlipSheet({ classId }: { classId: string }) {
  const t = useTranslations("roster");
  const sheet = useSlips(classId);
  const signInUrl = typeof window === "undefined" ? "" : `${window.location.origin}/sign-in`;

  if (sheet === undefined) return null;
  if (!sheet || sheet.slips.length === 0) {
    return (
      <section className="card mx-auto max-w-lg text-center" aria-labelledby="no-slips">
        <h1 id="no-slips" className="font-serif text-2xl font-bold">
          {t("noSlipsTitle")}
        </h1>
        <p className="text-muted mt-3">{t("noSlipsBody")}</p>
        <Link href={`/teach/classes/${classId}`} className="btn-primary mt-6">
          {t("backToClass")}
        </Link>
      </section>
    );
  }
  return (
    <div>
      <div className={`${styles.screenOnly} mb-6 space-y-3`}>
        <h1 className="font-serif text-3xl font-bold">{t("slipsHeading", { name: sheet.className })}</h1>
        <p className="text-muted">{t("slipsOnce")}</p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-primary" onClick={() => window.print()}>
            {t("print")}
          </button>
          <Link href={`/teach/classes/${classId}`} className="btn-secondary">
            {t("backToClass")}
          </Link>
        </div>
      </div>
      <ol className={styles.sheet} aria-label={t("slipsList")} data-testid="slips">
        {sheet.slips.map((s) => (
          <li key={`${s.classNumber}-${s.loginId ?? s.email}`} className={styles.slip}>
            <p className={styles.school}>
              {sheet.className}
              {s.classNumber !== null && ` · ${t("number", { n: s.classNumber })}`}
            </p>
            <p className={styles.name}>{s.name}</p>
            <dl className={styles.facts}>
              <dt>{t("slipLogin")}</dt>
              <dd className={styles.mono} data-testid="slip-login">
                {s.loginId ?? s.email}
              </dd>
              <dt>{t("slipPassword")}</dt>
              <dd className={styles.mono} data-testid="slip-password">
                {s.password ?? t("ownPassword")}
              </dd>
            </dl>
            <p className={styles.hint}>{t("slipHint", { url: signInUrl })}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
