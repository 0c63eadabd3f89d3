"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";

type TWho = { name: string; email: string | null; loginId: string | null } | null;
const who = (w: TWho) => (w ? `${w.name} (${w.email ?? w.loginId ?? ""})` : "—");
/** The entry's own facts (class, counts, invitation...), as "key: value" pairs; never secrets. */
const detailsText = (details: unknown) =>
  details && typeof details === "object"
    ? Object.entries(details)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(", ")
    : "";

/** The latest audit entries: who did what to whom, and when. */
export function AuditPanel() {
  const t = useTranslations("admin.audit");
  const locale = useLocale();
  const trpc = useTRPC();
  const id = useId();
  const audit = useQuery(trpc.admin.audit.queryOptions({}));
  return (
    <section aria-labelledby={`${id}-heading`} className="card space-y-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {audit.data?.entries.length === 0 && <p className="text-muted">{t("none")}</p>}
      {audit.data && audit.data.entries.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-[15px]" data-testid="audit-log">
            <caption className="sr-only">{t("heading")}</caption>
            <thead className="text-muted">
              <tr>
                <th className="py-2 pr-4 font-medium">{t("when")}</th>
                <th className="py-2 pr-4 font-medium">{t("what")}</th>
                <th className="py-2 pr-4 font-medium">{t("who")}</th>
                <th className="py-2 pr-4 font-medium">{t("whom")}</th>
                <th className="py-2 font-medium">{t("details")}</th>
              </tr>
            </thead>
            <tbody className="divide-line divide-y">
              {audit.data.entries.map((e) => (
                <tr key={e.id}>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <LocalTime date={e.createdAt} locale={locale} />
                  </td>
                  <td className="py-2 pr-4">
                    {t.has(`actions.${e.action}`) ? t(`actions.${e.action}`) : e.action}
                  </td>
                  <td className="py-2 pr-4 break-all">{who(e.actor)}</td>
                  <td className="py-2 pr-4 break-all">{who(e.target)}</td>
                  <td className="text-muted py-2 text-sm break-all">{detailsText(e.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
